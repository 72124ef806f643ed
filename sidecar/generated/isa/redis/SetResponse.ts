// Original file: proto/isa/redis.proto


export interface SetResponse {
  'success'?: (boolean);
  'message'?: (string);
}

export interface SetResponse__Output {
  'success': (boolean);
  'message': (string);
}
