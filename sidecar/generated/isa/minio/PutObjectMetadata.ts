// Original file: proto/isa/minio.proto

import type { Long } from '@grpc/proto-loader';

export interface PutObjectMetadata {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'content_type'?: (string);
  'content_length'?: (number | string | Long);
  'metadata'?: ({[key: string]: string});
  'storage_class'?: (string);
}

export interface PutObjectMetadata__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'content_type': (string);
  'content_length': (string);
  'metadata': ({[key: string]: string});
  'storage_class': (string);
}
