// Original file: proto/isa/postgres.proto

import type { Long } from '@grpc/proto-loader';

export interface ConnectionPoolStats {
  'max_connections'?: (number);
  'open_connections'?: (number);
  'idle_connections'?: (number);
  'active_connections'?: (number);
  'total_queries'?: (number | string | Long);
}

export interface ConnectionPoolStats__Output {
  'max_connections': (number);
  'open_connections': (number);
  'idle_connections': (number);
  'active_connections': (number);
  'total_queries': (string);
}
