// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface ObjectInfo {
  'name'?: (string);
  'size'?: (number | string | Long);
  'modified'?: (_google_protobuf_Timestamp | null);
  'metadata'?: ({[key: string]: string});
}

export interface ObjectInfo__Output {
  'name': (string);
  'size': (string);
  'modified': (_google_protobuf_Timestamp__Output | null);
  'metadata': ({[key: string]: string});
}
