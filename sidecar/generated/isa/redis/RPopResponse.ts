// Original file: proto/isa/redis.proto


export interface RPopResponse {
  'found'?: (boolean);
  'value'?: (string);
}

export interface RPopResponse__Output {
  'found': (boolean);
  'value': (string);
}
