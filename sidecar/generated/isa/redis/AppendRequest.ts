// Original file: proto/isa/redis.proto


export interface AppendRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'value'?: (string);
}

export interface AppendRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'value': (string);
}
