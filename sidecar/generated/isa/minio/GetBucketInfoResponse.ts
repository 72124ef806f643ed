// Original file: proto/isa/minio.proto

import type { BucketInfo as _isa_minio_BucketInfo, BucketInfo__Output as _isa_minio_BucketInfo__Output } from '../../isa/minio/BucketInfo';

export interface GetBucketInfoResponse {
  'success'?: (boolean);
  'bucket_info'?: (_isa_minio_BucketInfo | null);
  'error'?: (string);
}

export interface GetBucketInfoResponse__Output {
  'success': (boolean);
  'bucket_info': (_isa_minio_BucketInfo__Output | null);
  'error': (string);
}
