// Original file: proto/isa/nats.proto

import type { ConsumerInfo as _isa_nats_ConsumerInfo, ConsumerInfo__Output as _isa_nats_ConsumerInfo__Output } from '../../isa/nats/ConsumerInfo';

export interface ListConsumersResponse {
  'consumers'?: (_isa_nats_ConsumerInfo)[];
}

export interface ListConsumersResponse__Output {
  'consumers': (_isa_nats_ConsumerInfo__Output)[];
}
