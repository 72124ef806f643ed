// Original file: proto/isa/nats.proto

import type { ConsumerConfig as _isa_nats_ConsumerConfig, ConsumerConfig__Output as _isa_nats_ConsumerConfig__Output } from '../../isa/nats/ConsumerConfig';
import type { ConsumerState as _isa_nats_ConsumerState, ConsumerState__Output as _isa_nats_ConsumerState__Output } from '../../isa/nats/ConsumerState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface ConsumerInfo {
  'stream_name'?: (string);
  'name'?: (string);
  'config'?: (_isa_nats_ConsumerConfig | null);
  'state'?: (_isa_nats_ConsumerState | null);
  'created'?: (_google_protobuf_Timestamp | null);
}

export interface ConsumerInfo__Output {
  'stream_name': (string);
  'name': (string);
  'config': (_isa_nats_ConsumerConfig__Output | null);
  'state': (_isa_nats_ConsumerState__Output | null);
  'created': (_google_protobuf_Timestamp__Output | null);
}
