// Original file: proto/isa/nats.proto

import type { Long } from '@grpc/proto-loader';

export interface GetStatisticsResponse {
  'total_streams'?: (number | string | Long);
  'total_consumers'?: (number | string | Long);
  'total_messages'?: (number | string | Long);
  'total_bytes'?: (number | string | Long);
  'connections'?: (number);
  'in_msgs'?: (number | string | Long);
  'out_msgs'?: (number | string | Long);
  'in_bytes'?: (number | string | Long);
  'out_bytes'?: (number | string | Long);
}

export interface GetStatisticsResponse__Output {
  'total_streams': (string);
  'total_consumers': (string);
  'total_messages': (string);
  'total_bytes': (string);
  'connections': (number);
  'in_msgs': (string);
  'out_msgs': (string);
  'in_bytes': (string);
  'out_bytes': (string);
}
