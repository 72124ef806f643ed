// Original file: proto/isa/redis.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface CreateSessionRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'data'?: ({[key: string]: string});
  'ttl'?: (_google_protobuf_Duration | null);
}

export interface CreateSessionRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'data': ({[key: string]: string});
  'ttl': (_google_protobuf_Duration__Output | null);
}
