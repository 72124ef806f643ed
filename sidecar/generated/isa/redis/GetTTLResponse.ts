// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface GetTTLResponse {
  'ttl_seconds'?: (number | string | Long);
}

export interface GetTTLResponse__Output {
  'ttl_seconds': (string);
}
