// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';

export interface ListTablesRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'schema'?: (string);
}

export interface ListTablesRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'schema': (string);
}
