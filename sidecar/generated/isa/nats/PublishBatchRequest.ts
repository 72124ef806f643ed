// Original file: proto/isa/nats.proto

import type { NATSMessage as _isa_nats_NATSMessage, NATSMessage__Output as _isa_nats_NATSMessage__Output } from '../../isa/nats/NATSMessage';

export interface PublishBatchRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'messages'?: (_isa_nats_NATSMessage)[];
}

export interface PublishBatchRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'messages': (_isa_nats_NATSMessage__Output)[];
}
