// Original file: proto/isa/redis.proto


export interface UpdateSessionResponse {
  'success'?: (boolean);
}

export interface UpdateSessionResponse__Output {
  'success': (boolean);
}
