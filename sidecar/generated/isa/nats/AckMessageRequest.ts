// Original file: proto/isa/nats.proto

import type { Long } from '@grpc/proto-loader';

export interface AckMessageRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'consumer_name'?: (string);
  'sequence'?: (number | string | Long);
}

export interface AckMessageRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'consumer_name': (string);
  'sequence': (string);
}
