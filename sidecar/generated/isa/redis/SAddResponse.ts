// Original file: proto/isa/redis.proto


export interface SAddResponse {
  'added_count'?: (number);
}

export interface SAddResponse__Output {
  'added_count': (number);
}
