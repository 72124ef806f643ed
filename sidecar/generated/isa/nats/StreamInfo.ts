// Original file: proto/isa/nats.proto

import type { StreamConfig as _isa_nats_StreamConfig, StreamConfig__Output as _isa_nats_StreamConfig__Output } from '../../isa/nats/StreamConfig';
import type { StreamState as _isa_nats_StreamState, StreamState__Output as _isa_nats_StreamState__Output } from '../../isa/nats/StreamState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface StreamInfo {
  'name'?: (string);
  'config'?: (_isa_nats_StreamConfig | null);
  'state'?: (_isa_nats_StreamState | null);
  'created'?: (_google_protobuf_Timestamp | null);
}

export interface StreamInfo__Output {
  'name': (string);
  'config': (_isa_nats_StreamConfig__Output | null);
  'state': (_isa_nats_StreamState__Output | null);
  'created': (_google_protobuf_Timestamp__Output | null);
}
