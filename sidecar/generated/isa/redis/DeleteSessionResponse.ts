// Original file: proto/isa/redis.proto


export interface DeleteSessionResponse {
  'success'?: (boolean);
}

export interface DeleteSessionResponse__Output {
  'success': (boolean);
}
