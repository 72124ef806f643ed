// Original file: proto/isa/redis.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface CreateSessionResponse {
  'session_id'?: (string);
  'expires_at'?: (_google_protobuf_Timestamp | null);
}

export interface CreateSessionResponse__Output {
  'session_id': (string);
  'expires_at': (_google_protobuf_Timestamp__Output | null);
}
