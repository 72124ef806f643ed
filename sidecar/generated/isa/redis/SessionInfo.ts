// Original file: proto/isa/redis.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface SessionInfo {
  'session_id'?: (string);
  'user_id'?: (string);
  'data'?: ({[key: string]: string});
  'created_at'?: (_google_protobuf_Timestamp | null);
  'expires_at'?: (_google_protobuf_Timestamp | null);
  'last_accessed'?: (_google_protobuf_Timestamp | null);
}

export interface SessionInfo__Output {
  'session_id': (string);
  'user_id': (string);
  'data': ({[key: string]: string});
  'created_at': (_google_protobuf_Timestamp__Output | null);
  'expires_at': (_google_protobuf_Timestamp__Output | null);
  'last_accessed': (_google_protobuf_Timestamp__Output | null);
}
