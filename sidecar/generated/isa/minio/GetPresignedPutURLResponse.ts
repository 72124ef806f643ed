// Original file: proto/isa/minio.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface GetPresignedPutURLResponse {
  'success'?: (boolean);
  'url'?: (string);
  'expires_at'?: (_google_protobuf_Timestamp | null);
  'error'?: (string);
}

export interface GetPresignedPutURLResponse__Output {
  'success': (boolean);
  'url': (string);
  'expires_at': (_google_protobuf_Timestamp__Output | null);
  'error': (string);
}
