// Original file: proto/isa/nats.proto

import type { Long } from '@grpc/proto-loader';

export interface GetStreamStatsResponse {
  'stream_name'?: (string);
  'messages'?: (number | string | Long);
  'bytes'?: (number | string | Long);
  'consumer_count'?: (number);
  'message_rate'?: (number | string);
  'byte_rate'?: (number | string);
}

export interface GetStreamStatsResponse__Output {
  'stream_name': (string);
  'messages': (string);
  'bytes': (string);
  'consumer_count': (number);
  'message_rate': (number);
  'byte_rate': (number);
}
