// Original file: proto/isa/common.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface BaseResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error_code'?: (string);
  'error_message'?: (string);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'trace_id'?: (string);
}

export interface BaseResponse__Output {
  'success': (boolean);
  'message': (string);
  'error_code': (string);
  'error_message': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'trace_id': (string);
}
