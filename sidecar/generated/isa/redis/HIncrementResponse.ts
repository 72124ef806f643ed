// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface HIncrementResponse {
  'value'?: (number | string | Long);
}

export interface HIncrementResponse__Output {
  'value': (string);
}
