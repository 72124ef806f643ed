// Original file: proto/isa/minio.proto

import type { LifecycleRule as _isa_minio_LifecycleRule, LifecycleRule__Output as _isa_minio_LifecycleRule__Output } from '../../isa/minio/LifecycleRule';

export interface SetBucketLifecycleRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'rules'?: (_isa_minio_LifecycleRule)[];
}

export interface SetBucketLifecycleRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'rules': (_isa_minio_LifecycleRule__Output)[];
}
