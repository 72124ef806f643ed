// Original file: proto/isa/common.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../google/protobuf/Timestamp';

export interface User {
  'user_id'?: (string);
  'auth0_id'?: (string);
  'email'?: (string);
  'name'?: (string);
  'organization_id'?: (string);
  'created_at'?: (_google_protobuf_Timestamp | null);
  'is_active'?: (boolean);
  'metadata'?: ({[key: string]: string});
}

export interface User__Output {
  'user_id': (string);
  'auth0_id': (string);
  'email': (string);
  'name': (string);
  'organization_id': (string);
  'created_at': (_google_protobuf_Timestamp__Output | null);
  'is_active': (boolean);
  'metadata': ({[key: string]: string});
}
