// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface DecrementRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'delta'?: (number | string | Long);
}

export interface DecrementRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'delta': (string);
}
