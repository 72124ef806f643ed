// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct';

export interface SelectFromResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'rows'?: (_google_protobuf_Struct)[];
  'row_count'?: (number);
}

export interface SelectFromResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'rows': (_google_protobuf_Struct__Output)[];
  'row_count': (number);
}
