// Original file: proto/isa/redis.proto


export interface UnsubscribeResponse {
  'success'?: (boolean);
}

export interface UnsubscribeResponse__Output {
  'success': (boolean);
}
