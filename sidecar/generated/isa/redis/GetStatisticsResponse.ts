// Original file: proto/isa/redis.proto

import type { Long } from '@grpc/proto-loader';

export interface GetStatisticsResponse {
  'total_keys'?: (number | string | Long);
  'memory_used_bytes'?: (number | string | Long);
  'commands_processed'?: (number | string | Long);
  'connections_received'?: (number | string | Long);
  'hit_rate'?: (number | string);
  'key_type_distribution'?: ({[key: string]: number | string | Long});
}

export interface GetStatisticsResponse__Output {
  'total_keys': (string);
  'memory_used_bytes': (string);
  'commands_processed': (string);
  'connections_received': (string);
  'hit_rate': (number);
  'key_type_distribution': ({[key: string]: string});
}
