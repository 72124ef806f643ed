// Original file: proto/isa/redis.proto

import type { SessionInfo as _isa_redis_SessionInfo, SessionInfo__Output as _isa_redis_SessionInfo__Output } from '../../isa/redis/SessionInfo';

export interface ListSessionsResponse {
  'sessions'?: (_isa_redis_SessionInfo)[];
}

export interface ListSessionsResponse__Output {
  'sessions': (_isa_redis_SessionInfo__Output)[];
}
