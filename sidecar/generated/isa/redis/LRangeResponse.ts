// Original file: proto/isa/redis.proto


export interface LRangeResponse {
  'values'?: (string)[];
}

export interface LRangeResponse__Output {
  'values': (string)[];
}
