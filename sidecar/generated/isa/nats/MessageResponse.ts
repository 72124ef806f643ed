// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface MessageResponse {
  'subject'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'headers'?: ({[key: string]: string});
  'reply_to'?: (string);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'sequence'?: (number | string | Long);
}

export interface MessageResponse__Output {
  'subject': (string);
  'data': (Buffer);
  'headers': ({[key: string]: string});
  'reply_to': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'sequence': (string);
}
