// Original file: proto/isa/redis.proto


export interface SetRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'value'?: (string);
}

export interface SetRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'value': (string);
}
