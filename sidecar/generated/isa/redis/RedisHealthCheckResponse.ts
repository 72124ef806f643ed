// Original file: proto/isa/redis.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface RedisHealthCheckResponse {
  'healthy'?: (boolean);
  'redis_status'?: (string);
  'connected_clients'?: (number | string | Long);
  'used_memory_bytes'?: (number | string | Long);
  'checked_at'?: (_google_protobuf_Timestamp | null);
  'message'?: (string);
}

export interface RedisHealthCheckResponse__Output {
  'healthy': (boolean);
  'redis_status': (string);
  'connected_clients': (string);
  'used_memory_bytes': (string);
  'checked_at': (_google_protobuf_Timestamp__Output | null);
  'message': (string);
}
