// Original file: proto/isa/redis.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface AcquireLockRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'lock_key'?: (string);
  'ttl'?: (_google_protobuf_Duration | null);
  'wait_timeout'?: (_google_protobuf_Duration | null);
}

export interface AcquireLockRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'lock_key': (string);
  'ttl': (_google_protobuf_Duration__Output | null);
  'wait_timeout': (_google_protobuf_Duration__Output | null);
}
