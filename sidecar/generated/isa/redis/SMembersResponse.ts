// Original file: proto/isa/redis.proto


export interface SMembersResponse {
  'members'?: (string)[];
}

export interface SMembersResponse__Output {
  'members': (string)[];
}
