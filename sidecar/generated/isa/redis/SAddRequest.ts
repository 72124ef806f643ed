// Original file: proto/isa/redis.proto


export interface SAddRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'members'?: (string)[];
}

export interface SAddRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'members': (string)[];
}
