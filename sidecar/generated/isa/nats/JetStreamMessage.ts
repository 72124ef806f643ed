// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface JetStreamMessage {
  'subject'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'headers'?: ({[key: string]: string});
  'sequence'?: (number | string | Long);
  'timestamp'?: (_google_protobuf_Timestamp | null);
  'num_delivered'?: (number);
}

export interface JetStreamMessage__Output {
  'subject': (string);
  'data': (Buffer);
  'headers': ({[key: string]: string});
  'sequence': (string);
  'timestamp': (_google_protobuf_Timestamp__Output | null);
  'num_delivered': (number);
}
