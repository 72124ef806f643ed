// Original file: proto/isa/redis.proto

import type { HashField as _isa_redis_HashField, HashField__Output as _isa_redis_HashField__Output } from '../../isa/redis/HashField';

export interface HGetAllResponse {
  'fields'?: (_isa_redis_HashField)[];
}

export interface HGetAllResponse__Output {
  'fields': (_isa_redis_HashField__Output)[];
}
