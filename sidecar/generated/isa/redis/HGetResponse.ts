// Original file: proto/isa/redis.proto


export interface HGetResponse {
  'found'?: (boolean);
  'value'?: (string);
}

export interface HGetResponse__Output {
  'found': (boolean);
  'value': (string);
}
