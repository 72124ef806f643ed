// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface AppendResponse {
  'length'?: (number | string | Long);
}

export interface AppendResponse__Output {
  'length': (string);
}
