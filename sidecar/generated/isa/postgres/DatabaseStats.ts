// Original file: proto/isa/postgres.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface DatabaseStats {
  'version'?: (string);
  'database_size_bytes'?: (number | string | Long);
  'total_tables'?: (number);
  'total_connections'?: (number | string | Long);
  'uptime_since'?: (_google_protobuf_Timestamp | null);
}

export interface DatabaseStats__Output {
  'version': (string);
  'database_size_bytes': (string);
  'total_tables': (number);
  'total_connections': (string);
  'uptime_since': (_google_protobuf_Timestamp__Output | null);
}
