// Original file: proto/isa/redis.proto


export interface SRemoveRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'members'?: (string)[];
}

export interface SRemoveRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'members': (string)[];
}
