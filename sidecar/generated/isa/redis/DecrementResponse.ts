// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface DecrementResponse {
  'value'?: (number | string | Long);
}

export interface DecrementResponse__Output {
  'value': (string);
}
