// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from '../../google/protobuf/Value';

export interface ExecuteRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'sql'?: (string);
  'params'?: (_google_protobuf_Value)[];
  'schema'?: (string);
  'transaction_id'?: (string);
}

export interface ExecuteRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'sql': (string);
  'params': (_google_protobuf_Value__Output)[];
  'schema': (string);
  'transaction_id': (string);
}
