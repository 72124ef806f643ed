// Original file: proto/isa/nats.proto

import type { ConsumerConfig as _isa_nats_ConsumerConfig, ConsumerConfig__Output as _isa_nats_ConsumerConfig__Output } from '../../isa/nats/ConsumerConfig';

export interface CreateConsumerRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'config'?: (_isa_nats_ConsumerConfig | null);
}

export interface CreateConsumerRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'config': (_isa_nats_ConsumerConfig__Output | null);
}
