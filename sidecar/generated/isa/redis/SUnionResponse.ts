// Original file: proto/isa/redis.proto


export interface SUnionResponse {
  'members'?: (string)[];
}

export interface SUnionResponse__Output {
  'members': (string)[];
}
