// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface HIncrementRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'field'?: (string);
  'delta'?: (number | string | Long);
}

export interface HIncrementRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'field': (string);
  'delta': (string);
}
