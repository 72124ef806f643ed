// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { ExecuteResult as _isa_postgres_ExecuteResult, ExecuteResult__Output as _isa_postgres_ExecuteResult__Output } from '../../isa/postgres/ExecuteResult';

export interface ExecuteBatchResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'results'?: (_isa_postgres_ExecuteResult)[];
  'total_rows_affected'?: (number);
}

export interface ExecuteBatchResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'results': (_isa_postgres_ExecuteResult__Output)[];
  'total_rows_affected': (number);
}
