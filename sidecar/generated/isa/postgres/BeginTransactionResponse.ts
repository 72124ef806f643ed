// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';

export interface BeginTransactionResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'transaction_id'?: (string);
}

export interface BeginTransactionResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'transaction_id': (string);
}
