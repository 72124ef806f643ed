// Original file: proto/isa/redis.proto


export interface ExistsResponse {
  'exists'?: (boolean);
}

export interface ExistsResponse__Output {
  'exists': (boolean);
}
