// Original file: proto/isa/redis.proto


export interface LLenResponse {
  'length'?: (number);
}

export interface LLenResponse__Output {
  'length': (number);
}
