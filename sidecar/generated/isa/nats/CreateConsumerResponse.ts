// Original file: proto/isa/nats.proto

import type { ConsumerInfo as _isa_nats_ConsumerInfo, ConsumerInfo__Output as _isa_nats_ConsumerInfo__Output } from '../../isa/nats/ConsumerInfo';

export interface CreateConsumerResponse {
  'success'?: (boolean);
  'consumer'?: (_isa_nats_ConsumerInfo | null);
  'message'?: (string);
}

export interface CreateConsumerResponse__Output {
  'success': (boolean);
  'consumer': (_isa_nats_ConsumerInfo__Output | null);
  'message': (string);
}
