// Original file: proto/isa/nats.proto

import type { JetStreamMessage as _isa_nats_JetStreamMessage, JetStreamMessage__Output as _isa_nats_JetStreamMessage__Output } from '../../isa/nats/JetStreamMessage';

export interface PullMessagesResponse {
  'messages'?: (_isa_nats_JetStreamMessage)[];
}

export interface PullMessagesResponse__Output {
  'messages': (_isa_nats_JetStreamMessage__Output)[];
}
