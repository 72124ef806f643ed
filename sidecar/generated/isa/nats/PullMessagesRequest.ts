// Original file: proto/isa/nats.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface PullMessagesRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'consumer_name'?: (string);
  'batch_size'?: (number);
  'max_wait'?: (_google_protobuf_Duration | null);
}

export interface PullMessagesRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'consumer_name': (string);
  'batch_size': (number);
  'max_wait': (_google_protobuf_Duration__Output | null);
}
