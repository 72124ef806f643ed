// Original file: proto/isa/redis.proto


export interface ListKeysResponse {
  'keys'?: (string)[];
  'total_count'?: (number);
}

export interface ListKeysResponse__Output {
  'keys': (string)[];
  'total_count': (number);
}
