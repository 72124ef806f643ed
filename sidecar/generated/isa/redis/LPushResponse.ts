// Original file: proto/isa/redis.proto


export interface LPushResponse {
  'length'?: (number);
}

export interface LPushResponse__Output {
  'length': (number);
}
