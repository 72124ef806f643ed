// Original file: proto/isa/redis.proto


export interface HKeysRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface HKeysRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
