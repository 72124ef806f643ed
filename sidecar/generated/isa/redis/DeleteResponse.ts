// Original file: proto/isa/redis.proto


export interface DeleteResponse {
  'success'?: (boolean);
  'deleted_count'?: (number);
}

export interface DeleteResponse__Output {
  'success': (boolean);
  'deleted_count': (number);
}
