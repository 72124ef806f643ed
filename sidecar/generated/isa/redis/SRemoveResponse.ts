// Original file: proto/isa/redis.proto


export interface SRemoveResponse {
  'removed_count'?: (number);
}

export interface SRemoveResponse__Output {
  'removed_count': (number);
}
