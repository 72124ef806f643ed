// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';
import type { WhereClause as _isa_postgres_WhereClause, WhereClause__Output as _isa_postgres_WhereClause__Output } from '../../isa/postgres/WhereClause';

export interface DeleteFromRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'table'?: (string);
  'where'?: (_isa_postgres_WhereClause)[];
  'returning'?: (boolean);
  'schema'?: (string);
  'transaction_id'?: (string);
  'allow_all_rows'?: (boolean);
}

export interface DeleteFromRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'table': (string);
  'where': (_isa_postgres_WhereClause__Output)[];
  'returning': (boolean);
  'schema': (string);
  'transaction_id': (string);
  'allow_all_rows': (boolean);
}
