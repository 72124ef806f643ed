// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct';

export interface InsertIntoRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'table'?: (string);
  'rows'?: (_google_protobuf_Struct)[];
  'returning'?: (boolean);
  'schema'?: (string);
  'transaction_id'?: (string);
}

export interface InsertIntoRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'table': (string);
  'rows': (_google_protobuf_Struct__Output)[];
  'returning': (boolean);
  'schema': (string);
  'transaction_id': (string);
}
