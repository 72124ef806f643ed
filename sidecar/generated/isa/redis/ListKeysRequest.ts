// Original file: proto/isa/redis.proto


export interface ListKeysRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'pattern'?: (string);
  'limit'?: (number);
}

export interface ListKeysRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'pattern': (string);
  'limit': (number);
}
