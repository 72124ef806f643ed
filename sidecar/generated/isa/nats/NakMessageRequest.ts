// Original file: proto/isa/nats.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Long } from '@grpc/proto-loader';

export interface NakMessageRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'consumer_name'?: (string);
  'sequence'?: (number | string | Long);
  'delay'?: (_google_protobuf_Duration | null);
}

export interface NakMessageRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'consumer_name': (string);
  'sequence': (string);
  'delay': (_google_protobuf_Duration__Output | null);
}
