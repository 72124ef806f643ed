// Original file: proto/isa/redis.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface BatchCommand {
  'operation'?: (string);
  'key'?: (string);
  'value'?: (string);
  'expiration'?: (_google_protobuf_Duration | null);
}

export interface BatchCommand__Output {
  'operation': (string);
  'key': (string);
  'value': (string);
  'expiration': (_google_protobuf_Duration__Output | null);
}
