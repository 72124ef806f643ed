// Original file: proto/isa/minio.proto

import type { Long } from '@grpc/proto-loader';

export interface PutObjectResponse {
  'success'?: (boolean);
  'object_key'?: (string);
  'etag'?: (string);
  'version_id'?: (string);
  'size'?: (number | string | Long);
  'error'?: (string);
}

export interface PutObjectResponse__Output {
  'success': (boolean);
  'object_key': (string);
  'etag': (string);
  'version_id': (string);
  'size': (string);
  'error': (string);
}
