// Original file: proto/isa/redis.proto


export interface ExpireResponse {
  'success'?: (boolean);
}

export interface ExpireResponse__Output {
  'success': (boolean);
}
