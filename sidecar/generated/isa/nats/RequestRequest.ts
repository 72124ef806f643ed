// Original file: proto/isa/nats.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface RequestRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'subject'?: (string);
  'data'?: (Buffer | Uint8Array | string);
  'timeout'?: (_google_protobuf_Duration | null);
}

export interface RequestRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'subject': (string);
  'data': (Buffer);
  'timeout': (_google_protobuf_Duration__Output | null);
}
