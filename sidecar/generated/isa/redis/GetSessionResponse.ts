// Original file: proto/isa/redis.proto

import type { SessionInfo as _isa_redis_SessionInfo, SessionInfo__Output as _isa_redis_SessionInfo__Output } from '../../isa/redis/SessionInfo';

export interface GetSessionResponse {
  'found'?: (boolean);
  'session'?: (_isa_redis_SessionInfo | null);
}

export interface GetSessionResponse__Output {
  'found': (boolean);
  'session': (_isa_redis_SessionInfo__Output | null);
}
