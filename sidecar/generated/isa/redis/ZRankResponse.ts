// Original file: proto/isa/redis.proto


export interface ZRankResponse {
  'found'?: (boolean);
  'rank'?: (number);
}

export interface ZRankResponse__Output {
  'found': (boolean);
  'rank': (number);
}
