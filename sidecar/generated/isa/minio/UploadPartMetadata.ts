// Original file: proto/isa/minio.proto

import type { Long } from '@grpc/proto-loader';

export interface UploadPartMetadata {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'upload_id'?: (string);
  'part_number'?: (number);
  'part_size'?: (number | string | Long);
}

export interface UploadPartMetadata__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'upload_id': (string);
  'part_number': (number);
  'part_size': (string);
}
