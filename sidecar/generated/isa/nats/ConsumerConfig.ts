// Original file: proto/isa/nats.proto

import type { DeliveryPolicy as _isa_nats_DeliveryPolicy, DeliveryPolicy__Output as _isa_nats_DeliveryPolicy__Output } from '../../isa/nats/DeliveryPolicy';
import type { AckPolicy as _isa_nats_AckPolicy, AckPolicy__Output as _isa_nats_AckPolicy__Output } from '../../isa/nats/AckPolicy';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { ReplayPolicy as _isa_nats_ReplayPolicy, ReplayPolicy__Output as _isa_nats_ReplayPolicy__Output } from '../../isa/nats/ReplayPolicy';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface ConsumerConfig {
  'name'?: (string);
  'durable_name'?: (string);
  'filter_subject'?: (string);
  'delivery_policy'?: (_isa_nats_DeliveryPolicy);
  'ack_policy'?: (_isa_nats_AckPolicy);
  'ack_wait'?: (_google_protobuf_Duration | null);
  'max_deliver'?: (number);
  'replay_policy'?: (_isa_nats_ReplayPolicy);
  'opt_start_seq'?: (number | string | Long);
  'opt_start_time'?: (_google_protobuf_Timestamp | null);
}

export interface ConsumerConfig__Output {
  'name': (string);
  'durable_name': (string);
  'filter_subject': (string);
  'delivery_policy': (_isa_nats_DeliveryPolicy__Output);
  'ack_policy': (_isa_nats_AckPolicy__Output);
  'ack_wait': (_google_protobuf_Duration__Output | null);
  'max_deliver': (number);
  'replay_policy': (_isa_nats_ReplayPolicy__Output);
  'opt_start_seq': (string);
  'opt_start_time': (_google_protobuf_Timestamp__Output | null);
}
