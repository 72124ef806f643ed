// Original file: proto/isa/redis.proto


export interface DeleteSessionRequest {
  'user_id'?: (string);
  'session_id'?: (string);
}

export interface DeleteSessionRequest__Output {
  'user_id': (string);
  'session_id': (string);
}
