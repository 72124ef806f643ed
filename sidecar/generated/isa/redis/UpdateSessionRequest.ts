// Original file: proto/isa/redis.proto


export interface UpdateSessionRequest {
  'user_id'?: (string);
  'session_id'?: (string);
  'data'?: ({[key: string]: string});
  'extend_ttl'?: (boolean);
}

export interface UpdateSessionRequest__Output {
  'user_id': (string);
  'session_id': (string);
  'data': ({[key: string]: string});
  'extend_ttl': (boolean);
}
