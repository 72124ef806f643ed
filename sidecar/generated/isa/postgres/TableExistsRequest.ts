// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';

export interface TableExistsRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'table'?: (string);
  'schema'?: (string);
}

export interface TableExistsRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'table': (string);
  'schema': (string);
}
