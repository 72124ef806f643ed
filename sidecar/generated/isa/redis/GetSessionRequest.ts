// Original file: proto/isa/redis.proto


export interface GetSessionRequest {
  'user_id'?: (string);
  'session_id'?: (string);
}

export interface GetSessionRequest__Output {
  'user_id': (string);
  'session_id': (string);
}
