// Original file: proto/isa/redis.proto


export interface LTrimResponse {
  'success'?: (boolean);
}

export interface LTrimResponse__Output {
  'success': (boolean);
}
