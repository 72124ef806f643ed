// Original file: proto/isa/redis.proto


export interface HExistsResponse {
  'exists'?: (boolean);
}

export interface HExistsResponse__Output {
  'exists': (boolean);
}
