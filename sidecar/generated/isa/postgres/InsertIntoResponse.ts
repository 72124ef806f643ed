// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../google/protobuf/Struct';
import type { Long } from '@grpc/proto-loader';

export interface InsertIntoResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'rows_inserted'?: (number | string | Long);
  'rows'?: (_google_protobuf_Struct)[];
}

export interface InsertIntoResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'rows_inserted': (string);
  'rows': (_google_protobuf_Struct__Output)[];
}
