// Original file: proto/isa/minio.proto

import type { BucketInfo as _isa_minio_BucketInfo, BucketInfo__Output as _isa_minio_BucketInfo__Output } from '../../isa/minio/BucketInfo';

export interface CreateBucketResponse {
  'success'?: (boolean);
  'message'?: (string);
  'bucket_info'?: (_isa_minio_BucketInfo | null);
  'error'?: (string);
}

export interface CreateBucketResponse__Output {
  'success': (boolean);
  'message': (string);
  'bucket_info': (_isa_minio_BucketInfo__Output | null);
  'error': (string);
}
