// Original file: proto/isa/redis.proto


export interface SInterResponse {
  'members'?: (string)[];
}

export interface SInterResponse__Output {
  'members': (string)[];
}
