// Original file: proto/isa/nats.proto

import type { StreamInfo as _isa_nats_StreamInfo, StreamInfo__Output as _isa_nats_StreamInfo__Output } from '../../isa/nats/StreamInfo';

export interface UpdateStreamResponse {
  'success'?: (boolean);
  'stream'?: (_isa_nats_StreamInfo | null);
}

export interface UpdateStreamResponse__Output {
  'success': (boolean);
  'stream': (_isa_nats_StreamInfo__Output | null);
}
