// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct';

export interface QueryRowResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'row'?: (_google_protobuf_Struct | null);
  'found'?: (boolean);
}

export interface QueryRowResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'row': (_google_protobuf_Struct__Output | null);
  'found': (boolean);
}
