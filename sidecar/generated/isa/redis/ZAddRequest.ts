// Original file: proto/isa/redis.proto

import type { ZSetMember as _isa_redis_ZSetMember, ZSetMember__Output as _isa_redis_ZSetMember__Output } from '../../isa/redis/ZSetMember';

export interface ZAddRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'members'?: (_isa_redis_ZSetMember)[];
}

export interface ZAddRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'members': (_isa_redis_ZSetMember__Output)[];
}
