// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface IncrementResponse {
  'value'?: (number | string | Long);
}

export interface IncrementResponse__Output {
  'value': (string);
}
