// Original file: proto/isa/redis.proto

import type { ValueType as _isa_redis_ValueType, ValueType__Output as _isa_redis_ValueType__Output } from '../../isa/redis/ValueType';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface GetKeyInfoResponse {
  'exists'?: (boolean);
  'type'?: (_isa_redis_ValueType);
  'ttl_seconds'?: (number | string | Long);
  'size_bytes'?: (number | string | Long);
  'created_at'?: (_google_protobuf_Timestamp | null);
  'last_accessed'?: (_google_protobuf_Timestamp | null);
}

export interface GetKeyInfoResponse__Output {
  'exists': (boolean);
  'type': (_isa_redis_ValueType__Output);
  'ttl_seconds': (string);
  'size_bytes': (string);
  'created_at': (_google_protobuf_Timestamp__Output | null);
  'last_accessed': (_google_protobuf_Timestamp__Output | null);
}
