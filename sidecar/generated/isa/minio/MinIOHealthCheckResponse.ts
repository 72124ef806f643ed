// Original file: proto/isa/minio.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct';

export interface MinIOHealthCheckResponse {
  'success'?: (boolean);
  'healthy'?: (boolean);
  'status'?: (string);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'details'?: (_google_protobuf_Struct | null);
  'error'?: (string);
}

export interface MinIOHealthCheckResponse__Output {
  'success': (boolean);
  'healthy': (boolean);
  'status': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'details': (_google_protobuf_Struct__Output | null);
  'error': (string);
}
