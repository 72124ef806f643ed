// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';

export interface TableExistsResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'exists'?: (boolean);
}

export interface TableExistsResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'exists': (boolean);
}
