// Original file: proto/isa/redis.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface AcquireLockResponse {
  'acquired'?: (boolean);
  'lock_id'?: (string);
  'expires_at'?: (_google_protobuf_Timestamp | null);
}

export interface AcquireLockResponse__Output {
  'acquired': (boolean);
  'lock_id': (string);
  'expires_at': (_google_protobuf_Timestamp__Output | null);
}
