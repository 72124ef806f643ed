// Original file: proto/isa/postgres.proto

import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from '../../isa/common/RequestMetadata';

export interface HealthCheckRequest {
  'metadata'?: (_isa_common_RequestMetadata | null);
  'detailed'?: (boolean);
}

export interface HealthCheckRequest__Output {
  'metadata': (_isa_common_RequestMetadata__Output | null);
  'detailed': (boolean);
}
