// Original file: proto/isa/nats.proto

import type { StreamInfo as _isa_nats_StreamInfo, StreamInfo__Output as _isa_nats_StreamInfo__Output } from '../../isa/nats/StreamInfo';

export interface GetStreamInfoResponse {
  'stream'?: (_isa_nats_StreamInfo | null);
}

export interface GetStreamInfoResponse__Output {
  'stream': (_isa_nats_StreamInfo__Output | null);
}
