// Original file: proto/isa/redis.proto


export interface RedisBatchResponse {
  'success'?: (boolean);
  'executed_count'?: (number);
  'errors'?: (string)[];
}

export interface RedisBatchResponse__Output {
  'success': (boolean);
  'executed_count': (number);
  'errors': (string)[];
}
