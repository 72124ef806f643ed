// Original file: proto/isa/redis.proto


export interface SDiffResponse {
  'members'?: (string)[];
}

export interface SDiffResponse__Output {
  'members': (string)[];
}
