// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { Long } from '@grpc/proto-loader';

export interface ExecuteResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'rows_affected'?: (number | string | Long);
  'command_tag'?: (string);
}

export interface ExecuteResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'rows_affected': (string);
  'command_tag': (string);
}
