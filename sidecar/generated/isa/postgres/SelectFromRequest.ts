// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';
import type { WhereClause as _isa_postgres_WhereClause, WhereClause__Output as _isa_postgres_WhereClause__Output } from '../../isa/postgres/WhereClause';

export interface SelectFromRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'table'?: (string);
  'columns'?: (string)[];
  'where'?: (_isa_postgres_WhereClause)[];
  'order_by'?: (string)[];
  'limit'?: (number);
  'offset'?: (number);
  'schema'?: (string);
  'transaction_id'?: (string);
}

export interface SelectFromRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'table': (string);
  'columns': (string)[];
  'where': (_isa_postgres_WhereClause__Output)[];
  'order_by': (string)[];
  'limit': (number);
  'offset': (number);
  'schema': (string);
  'transaction_id': (string);
}
