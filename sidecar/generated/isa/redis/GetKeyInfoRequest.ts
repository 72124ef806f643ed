// Original file: proto/isa/redis.proto


export interface GetKeyInfoRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface GetKeyInfoRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
