// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface NATSHealthCheckResponse {
  'healthy'?: (boolean);
  'nats_status'?: (string);
  'jetstream_enabled'?: (boolean);
  'connections'?: (number);
  'checked_at'?: (_google_protobuf_Timestamp | null);
  'message'?: (string);
}

export interface NATSHealthCheckResponse__Output {
  'healthy': (boolean);
  'nats_status': (string);
  'jetstream_enabled': (boolean);
  'connections': (number);
  'checked_at': (_google_protobuf_Timestamp__Output | null);
  'message': (string);
}
