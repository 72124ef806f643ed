// Original file: proto/isa/redis.proto


export interface ZIncrementResponse {
  'score'?: (number | string);
}

export interface ZIncrementResponse__Output {
  'score': (number);
}
