// Original file: proto/isa/redis.proto


export interface ZAddResponse {
  'added_count'?: (number);
}

export interface ZAddResponse__Output {
  'added_count': (number);
}
