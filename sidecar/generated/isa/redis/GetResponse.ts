// Original file: proto/isa/redis.proto


export interface GetResponse {
  'found'?: (boolean);
  'value'?: (string);
}

export interface GetResponse__Output {
  'found': (boolean);
  'value': (string);
}
