// Original file: proto/isa/redis.proto


export interface LIndexResponse {
  'found'?: (boolean);
  'value'?: (string);
}

export interface LIndexResponse__Output {
  'found': (boolean);
  'value': (string);
}
