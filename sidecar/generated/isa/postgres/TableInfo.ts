// Original file: proto/isa/postgres.proto

import type { ColumnInfo as _isa_postgres_ColumnInfo, ColumnInfo__Output as _isa_postgres_ColumnInfo__Output } from '../../isa/postgres/ColumnInfo';
import type { Long } from '@grpc/proto-loader';

export interface TableInfo {
  'table_name'?: (string);
  'schema'?: (string);
  'columns'?: (_isa_postgres_ColumnInfo)[];
  'primary_keys'?: (string)[];
  'row_count_estimate'?: (number | string | Long);
}

export interface TableInfo__Output {
  'table_name': (string);
  'schema': (string);
  'columns': (_isa_postgres_ColumnInfo__Output)[];
  'primary_keys': (string)[];
  'row_count_estimate': (string);
}
