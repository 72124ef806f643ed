// Original file: proto/isa/redis.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface MessageResponse {
  'channel'?: (string);
  'message'?: (string);
  'timestamp'?: (_google_protobuf_Timestamp | null);
}

export interface MessageResponse__Output {
  'channel': (string);
  'message': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
}
