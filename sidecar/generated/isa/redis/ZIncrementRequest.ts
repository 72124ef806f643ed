// Original file: proto/isa/redis.proto


export interface ZIncrementRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'member'?: (string);
  'delta'?: (number | string);
}

export interface ZIncrementRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'member': (string);
  'delta': (number);
}
