// Original file: proto/isa/redis.proto


export interface ZRemoveResponse {
  'removed_count'?: (number);
}

export interface ZRemoveResponse__Output {
  'removed_count': (number);
}
