// Original file: proto/isa/minio.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface CopyObjectResponse {
  'success'?: (boolean);
  'message'?: (string);
  'etag'?: (string);
  'last_modified'?: (_google_protobuf_Timestamp | null);
  'error'?: (string);
}

export interface CopyObjectResponse__Output {
  'success': (boolean);
  'message': (string);
  'etag': (string);
  'last_modified': (_google_protobuf_Timestamp__Output | null);
  'error': (string);
}
