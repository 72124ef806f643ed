// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';

export interface RollbackTransactionResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'success'?: (boolean);
}

export interface RollbackTransactionResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'success': (boolean);
}
