// Original file: proto/isa/nats.proto

import type { ConsumerInfo as _isa_nats_ConsumerInfo, ConsumerInfo__Output as _isa_nats_ConsumerInfo__Output } from '../../isa/nats/ConsumerInfo';

export interface GetConsumerInfoResponse {
  'consumer'?: (_isa_nats_ConsumerInfo | null);
}

export interface GetConsumerInfoResponse__Output {
  'consumer': (_isa_nats_ConsumerInfo__Output | null);
}
