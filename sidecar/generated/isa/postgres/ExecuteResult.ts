// Original file: proto/isa/postgres.proto

import type { Long } from '@grpc/proto-loader';

export interface ExecuteResult {
  'rows_affected'?: (number | string | Long);
  'command_tag'?: (string);
  'error'?: (string);
}

export interface ExecuteResult__Output {
  'rows_affected': (string);
  'command_tag': (string);
  'error': (string);
}
