// Original file: proto/isa/nats.proto

import type { Long } from '@grpc/proto-loader';

export interface KVPutResponse {
  'success'?: (boolean);
  'revision'?: (number | string | Long);
}

export interface KVPutResponse__Output {
  'success': (boolean);
  'revision': (string);
}
