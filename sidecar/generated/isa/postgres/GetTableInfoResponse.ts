// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { TableInfo as _isa_postgres_TableInfo, TableInfo__Output as _isa_postgres_TableInfo__Output } from '../../isa/postgres/TableInfo';

export interface GetTableInfoResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'table_info'?: (_isa_postgres_TableInfo | null);
}

export interface GetTableInfoResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'table_info': (_isa_postgres_TableInfo__Output | null);
}
