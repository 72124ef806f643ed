// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';
import type { BatchOperation as _isa_postgres_BatchOperation, BatchOperation__Output as _isa_postgres_BatchOperation__Output } from '../../isa/postgres/BatchOperation';

export interface ExecuteBatchRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'operations'?: (_isa_postgres_BatchOperation)[];
  'schema'?: (string);
}

export interface ExecuteBatchRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'operations': (_isa_postgres_BatchOperation__Output)[];
  'schema': (string);
}
