// Original file: proto/isa/minio.proto

import type { BucketInfo as _isa_minio_BucketInfo, BucketInfo__Output as _isa_minio_BucketInfo__Output } from '../../isa/minio/BucketInfo';

export interface ListBucketsResponse {
  'success'?: (boolean);
  'buckets'?: (_isa_minio_BucketInfo)[];
  'total_count'?: (number);
  'error'?: (string);
}

export interface ListBucketsResponse__Output {
  'success': (boolean);
  'buckets': (_isa_minio_BucketInfo__Output)[];
  'total_count': (number);
  'error': (string);
}
