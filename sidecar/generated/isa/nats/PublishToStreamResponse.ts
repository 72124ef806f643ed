// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface PublishToStreamResponse {
  'success'?: (boolean);
  'sequence'?: (number | string | Long);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'message'?: (string);
}

export interface PublishToStreamResponse__Output {
  'success': (boolean);
  'sequence': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'message': (string);
}
