// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';

export interface ListTablesResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'tables'?: (string)[];
}

export interface ListTablesResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'tables': (string)[];
}
