// Original file: proto/isa/nats.proto

import type { Long } from '@grpc/proto-loader';

export interface ConsumerState {
  'delivered_seq'?: (number | string | Long);
  'ack_floor_seq'?: (number | string | Long);
  'num_pending'?: (number | string | Long);
  'num_redelivered'?: (number | string | Long);
}

export interface ConsumerState__Output {
  'delivered_seq': (string);
  'ack_floor_seq': (string);
  'num_pending': (string);
  'num_redelivered': (string);
}
