// Original file: proto/isa/nats.proto

import type { StreamInfo as _isa_nats_StreamInfo, StreamInfo__Output as _isa_nats_StreamInfo__Output } from '../../isa/nats/StreamInfo';

export interface ListStreamsResponse {
  'streams'?: (_isa_nats_StreamInfo)[];
}

export interface ListStreamsResponse__Output {
  'streams': (_isa_nats_StreamInfo__Output)[];
}
