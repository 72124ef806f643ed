// Original file: proto/isa/redis.proto

import type { ZSetMember as _isa_redis_ZSetMember, ZSetMember__Output as _isa_redis_ZSetMember__Output } from '../../isa/redis/ZSetMember';

export interface ZRangeResponse {
  'members'?: (_isa_redis_ZSetMember)[];
}

export interface ZRangeResponse__Output {
  'members': (_isa_redis_ZSetMember__Output)[];
}
