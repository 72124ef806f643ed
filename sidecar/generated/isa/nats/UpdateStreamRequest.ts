// Original file: proto/isa/nats.proto

import type { StreamConfig as _isa_nats_StreamConfig, StreamConfig__Output as _isa_nats_StreamConfig__Output } from '../../isa/nats/StreamConfig';

export interface UpdateStreamRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'config'?: (_isa_nats_StreamConfig | null);
}

export interface UpdateStreamRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'config': (_isa_nats_StreamConfig__Output | null);
}
