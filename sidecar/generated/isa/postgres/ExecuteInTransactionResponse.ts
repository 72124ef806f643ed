// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { ExecuteResult as _isa_postgres_ExecuteResult, ExecuteResult__Output as _isa_postgres_ExecuteResult__Output } from '../../isa/postgres/ExecuteResult';

export interface ExecuteInTransactionResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'results'?: (_isa_postgres_ExecuteResult)[];
  'committed'?: (boolean);
}

export interface ExecuteInTransactionResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'results': (_isa_postgres_ExecuteResult__Output)[];
  'committed': (boolean);
}
