// Original file: proto/isa/redis.proto


export interface ZCardResponse {
  'count'?: (number);
}

export interface ZCardResponse__Output {
  'count': (number);
}
