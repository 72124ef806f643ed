// Original file: proto/isa/nats.proto

import type { KVOperation as _isa_nats_KVOperation, KVOperation__Output as _isa_nats_KVOperation__Output } from '../../isa/nats/KVOperation';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface KVWatchEvent {
  'key'?: (string);
  'value'?: (Buffer | Uint8Array | string);
  'revision'?: (number | string | Long);
  'operation'?: (_isa_nats_KVOperation);
  'created'?: (_google_protobuf_Timestamp | null);
}

export interface KVWatchEvent__Output {
  'key': (string);
  'value': (Buffer);
  'revision': (string);
  'operation': (_isa_nats_KVOperation__Output);
  'created': (_google_protobuf_Timestamp__Output | null);
}
