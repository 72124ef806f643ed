// Original file: proto/isa/minio.proto

import type { ObjectInfo as _isa_minio_ObjectInfo, ObjectInfo__Output as _isa_minio_ObjectInfo__Output } from '../../isa/minio/ObjectInfo';

export interface ListObjectsResponse {
  'success'?: (boolean);
  'objects'?: (_isa_minio_ObjectInfo)[];
  'common_prefixes'?: (string)[];
  'next_continuation_token'?: (string);
  'is_truncated'?: (boolean);
  'error'?: (string);
}

export interface ListObjectsResponse__Output {
  'success': (boolean);
  'objects': (_isa_minio_ObjectInfo__Output)[];
  'common_prefixes': (string)[];
  'next_continuation_token': (string);
  'is_truncated': (boolean);
  'error': (string);
}
