// Original file: proto/isa/redis.proto

import type { KeyValue as _isa_redis_KeyValue, KeyValue__Output as _isa_redis_KeyValue__Output } from '../../isa/redis/KeyValue';

export interface GetMultipleResponse {
  'values'?: (_isa_redis_KeyValue)[];
}

export interface GetMultipleResponse__Output {
  'values': (_isa_redis_KeyValue__Output)[];
}
