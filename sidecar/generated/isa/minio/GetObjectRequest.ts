// Original file: proto/isa/minio.proto

import type { Long } from '@grpc/proto-loader';

export interface GetObjectRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'offset'?: (number | string | Long);
  'length'?: (number | string | Long);
  'version_id'?: (string);
}

export interface GetObjectRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'offset': (string);
  'length': (string);
  'version_id': (string);
}
