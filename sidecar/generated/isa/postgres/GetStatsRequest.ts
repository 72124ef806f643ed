// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';

export interface GetStatsRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
}

export interface GetStatsRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
}
