// Original file: proto/isa/nats.proto

import type { StorageType as _isa_nats_StorageType, StorageType__Output as _isa_nats_StorageType__Output } from '../../isa/nats/StorageType';
import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../google/protobuf/Duration';
import type { Long } from '@grpc/proto-loader';

export interface StreamConfig {
  'name'?: (string);
  'subjects'?: (string)[];
  'storage'?: (_isa_nats_StorageType);
  'max_msgs'?: (number);
  'max_bytes'?: (number | string | Long);
  'max_age'?: (_google_protobuf_Duration | null);
  'max_msg_size'?: (number);
  'replicas'?: (number);
  'discard_new_per_subject'?: (boolean);
}

export interface StreamConfig__Output {
  'name': (string);
  'subjects': (string)[];
  'storage': (_isa_nats_StorageType__Output);
  'max_msgs': (number);
  'max_bytes': (string);
  'max_age': (_google_protobuf_Duration__Output | null);
  'max_msg_size': (number);
  'replicas': (number);
  'discard_new_per_subject': (boolean);
}
