// Original file: proto/isa/redis.proto


export interface HGetAllRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface HGetAllRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
