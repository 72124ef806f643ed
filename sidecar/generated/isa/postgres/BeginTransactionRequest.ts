// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';

export interface BeginTransactionRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'isolation_level'?: (string);
}

export interface BeginTransactionRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'isolation_level': (string);
}
