// Original file: proto/isa/redis.proto


export interface ReleaseLockResponse {
  'released'?: (boolean);
}

export interface ReleaseLockResponse__Output {
  'released': (boolean);
}
