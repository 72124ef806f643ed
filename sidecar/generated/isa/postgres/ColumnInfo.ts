// Original file: proto/isa/postgres.proto


export interface ColumnInfo {
  'column_name'?: (string);
  'data_type'?: (string);
  'is_nullable'?: (boolean);
  'default_value'?: (string);
}

export interface ColumnInfo__Output {
  'column_name': (string);
  'data_type': (string);
  'is_nullable': (boolean);
  'default_value': (string);
}
