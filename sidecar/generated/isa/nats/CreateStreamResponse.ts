// Original file: proto/isa/nats.proto

import type { StreamInfo as _isa_nats_StreamInfo, StreamInfo__Output as _isa_nats_StreamInfo__Output } from '../../isa/nats/StreamInfo';

export interface CreateStreamResponse {
  'success'?: (boolean);
  'stream'?: (_isa_nats_StreamInfo | null);
  'message'?: (string);
}

export interface CreateStreamResponse__Output {
  'success': (boolean);
  'stream': (_isa_nats_StreamInfo__Output | null);
  'message': (string);
}
