// Original file: proto/isa/redis.proto


export interface RPushResponse {
  'length'?: (number);
}

export interface RPushResponse__Output {
  'length': (number);
}
