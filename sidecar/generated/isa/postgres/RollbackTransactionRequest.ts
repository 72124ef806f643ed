// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';

export interface RollbackTransactionRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'transaction_id'?: (string);
}

export interface RollbackTransactionRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'transaction_id': (string);
}
