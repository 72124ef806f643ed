// Original file: proto/isa/redis.proto

import type { HashField as _isa_redis_HashField, HashField__Output as _isa_redis_HashField__Output } from '../../isa/redis/HashField';

export interface HSetRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'fields'?: (_isa_redis_HashField)[];
}

export interface HSetRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'fields': (_isa_redis_HashField__Output)[];
}
