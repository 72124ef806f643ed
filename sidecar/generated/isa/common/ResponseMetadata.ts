// Original file: proto/isa/common.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface ResponseMetadata {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
  'error_code'?: (string);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'request_id'?: (string);
  'trace_id'?: (string);
}

export interface ResponseMetadata__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
  'error_code': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'request_id': (string);
  'trace_id': (string);
}
