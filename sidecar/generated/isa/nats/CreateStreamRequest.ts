// Original file: proto/isa/nats.proto

import type { StreamConfig as _isa_nats_StreamConfig, StreamConfig__Output as _isa_nats_StreamConfig__Output } from '../../isa/nats/StreamConfig';

export interface CreateStreamRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'config'?: (_isa_nats_StreamConfig | null);
}

export interface CreateStreamRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'config': (_isa_nats_StreamConfig__Output | null);
}
