// Original file: proto/isa/minio.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface GetPresignedURLResponse {
  'success'?: (boolean);
  'url'?: (string);
  'expires_at'?: (_google_protobuf_Timestamp | null);
  'error'?: (string);
}

export interface GetPresignedURLResponse__Output {
  'success': (boolean);
  'url': (string);
  'expires_at': (_google_protobuf_Timestamp__Output | null);
  'error': (string);
}
