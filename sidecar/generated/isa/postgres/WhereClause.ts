// Original file: proto/isa/postgres.proto

import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value';

export interface WhereClause {
  'column'?: (string);
  'operator'?: (string);
  'value'?: (_google_protobuf_Value | null);
}

export interface WhereClause__Output {
  'column': (string);
  'operator': (string);
  'value': (_google_protobuf_Value__Output | null);
}
