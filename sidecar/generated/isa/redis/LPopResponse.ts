// Original file: proto/isa/redis.proto


export interface LPopResponse {
  'found'?: (boolean);
  'value'?: (string);
}

export interface LPopResponse__Output {
  'found': (boolean);
  'value': (string);
}
