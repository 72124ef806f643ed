// Original file: proto/isa/redis.proto


export interface LPushRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'values'?: (string)[];
}

export interface LPushRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'values': (string)[];
}
