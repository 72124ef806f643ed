// Original file: proto/isa/redis.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface ExpireRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'expiration'?: (_google_protobuf_Duration | null);
}

export interface ExpireRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'expiration': (_google_protobuf_Duration__Output | null);
}
