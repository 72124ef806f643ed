// Original file: proto/isa/redis.proto


export interface HSetResponse {
  'success'?: (boolean);
  'fields_set'?: (number);
}

export interface HSetResponse__Output {
  'success': (boolean);
  'fields_set': (number);
}
