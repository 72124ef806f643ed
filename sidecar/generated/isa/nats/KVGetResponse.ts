// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface KVGetResponse {
  'found'?: (boolean);
  'value'?: (Buffer | Uint8Array | string);
  'revision'?: (number | string | Long);
  'created'?: (_google_protobuf_Timestamp | null);
}

export interface KVGetResponse__Output {
  'found': (boolean);
  'value': (Buffer);
  'revision': (string);
  'created': (_google_protobuf_Timestamp__Output | null);
}
