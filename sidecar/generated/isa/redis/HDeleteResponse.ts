// Original file: proto/isa/redis.proto


export interface HDeleteResponse {
  'success'?: (boolean);
  'deleted_count'?: (number);
}

export interface HDeleteResponse__Output {
  'success': (boolean);
  'deleted_count': (number);
}
