// Original file: proto/isa/redis.proto


export interface ZScoreResponse {
  'found'?: (boolean);
  'score'?: (number | string);
}

export interface ZScoreResponse__Output {
  'found': (boolean);
  'score': (number);
}
