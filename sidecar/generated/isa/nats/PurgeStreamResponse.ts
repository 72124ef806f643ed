// Original file: proto/isa/nats.proto

import type { Long } from '@grpc/proto-loader';

export interface PurgeStreamResponse {
  'success'?: (boolean);
  'purged_count'?: (number | string | Long);
}

export interface PurgeStreamResponse__Output {
  'success': (boolean);
  'purged_count': (string);
}
