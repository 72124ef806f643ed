// Original file: proto/isa/nats.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface StreamState {
  'messages'?: (number | string | Long);
  'bytes'?: (number | string | Long);
  'first_seq'?: (number | string | Long);
  'last_seq'?: (number | string | Long);
  'first_ts'?: (_google_protobuf_Timestamp | null);
  'last_ts'?: (_google_protobuf_Timestamp | null);
  'num_subjects'?: (number);
  'consumer_count'?: (number);
}

export interface StreamState__Output {
  'messages': (string);
  'bytes': (string);
  'first_seq': (string);
  'last_seq': (string);
  'first_ts': (_google_protobuf_Timestamp__Output | null);
  'last_ts': (_google_protobuf_Timestamp__Output | null);
  'num_subjects': (number);
  'consumer_count': (number);
}
