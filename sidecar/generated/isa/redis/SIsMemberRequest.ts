// Original file: proto/isa/redis.proto


export interface SIsMemberRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'member'?: (string);
}

export interface SIsMemberRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'member': (string);
}
