// Original file: proto/isa/redis.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface SetWithExpirationRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'value'?: (string);
  'expiration'?: (_google_protobuf_Duration | null);
}

export interface SetWithExpirationRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'value': (string);
  'expiration': (_google_protobuf_Duration__Output | null);
}
