// Original file: proto/isa/nats.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';

export interface KVPutRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'key'?: (string);
  'value'?: (Buffer | Uint8Array | string);
  'bucket_ttl'?: (_google_protobuf_Duration | null);
}

export interface KVPutRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'key': (string);
  'value': (Buffer);
  'bucket_ttl': (_google_protobuf_Duration__Output | null);
}
