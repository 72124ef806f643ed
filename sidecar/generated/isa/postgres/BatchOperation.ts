// Original file: proto/isa/postgres.proto

import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value';

export interface BatchOperation {
  'sql'?: (string);
  'params'?: (_google_protobuf_Value)[];
}

export interface BatchOperation__Output {
  'sql': (string);
  'params': (_google_protobuf_Value__Output)[];
}
