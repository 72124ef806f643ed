// Original file: proto/isa/redis.proto


export interface SIsMemberResponse {
  'is_member'?: (boolean);
}

export interface SIsMemberResponse__Output {
  'is_member': (boolean);
}
