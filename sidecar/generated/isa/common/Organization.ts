// Original file: proto/isa/common.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface Organization {
  'organization_id'?: (string);
  'name'?: (string);
  'display_name'?: (string);
  'type'?: (string);
  'plan'?: (string);
  'created_at'?: (_google_protobuf_Timestamp | null);
  'is_active'?: (boolean);
}

export interface Organization__Output {
  'organization_id': (string);
  'name': (string);
  'display_name': (string);
  'type': (string);
  'plan': (string);
  'created_at': (_google_protobuf_Timestamp__Output | null);
  'is_active': (boolean);
}
