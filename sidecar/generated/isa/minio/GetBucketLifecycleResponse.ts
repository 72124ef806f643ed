// Original file: proto/isa/minio.proto

import type { LifecycleRule as _isa_minio_LifecycleRule, LifecycleRule__Output as _isa_minio_LifecycleRule__Output } from '../../isa/minio/LifecycleRule';

export interface GetBucketLifecycleResponse {
  'success'?: (boolean);
  'rules'?: (_isa_minio_LifecycleRule)[];
  'error'?: (string);
}

export interface GetBucketLifecycleResponse__Output {
  'success': (boolean);
  'rules': (_isa_minio_LifecycleRule__Output)[];
  'error': (string);
}
