// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface IncrementRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'delta'?: (number | string | Long);
}

export interface IncrementRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'delta': (string);
}
