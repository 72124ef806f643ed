// Original file: proto/isa/redis.proto


export interface GetRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface GetRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
