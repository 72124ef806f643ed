// Original file: proto/isa/redis.proto

import type { BatchCommand as _isa_redis_BatchCommand, BatchCommand__Output as _isa_redis_BatchCommand__Output } from '../../isa/redis/BatchCommand';

export interface RedisBatchRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'commands'?: (_isa_redis_BatchCommand)[];
}

export interface RedisBatchRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'commands': (_isa_redis_BatchCommand__Output)[];
}
