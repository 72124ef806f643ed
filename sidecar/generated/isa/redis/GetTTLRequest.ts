// Original file: proto/isa/redis.proto


export interface GetTTLRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface GetTTLRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
