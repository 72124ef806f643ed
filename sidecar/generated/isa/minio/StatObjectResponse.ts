// Original file: proto/isa/minio.proto

import type { ObjectInfo as _isa_minio_ObjectInfo, ObjectInfo__Output as _isa_minio_ObjectInfo__Output } from '../../isa/minio/ObjectInfo';

export interface StatObjectResponse {
  'success'?: (boolean);
  'object_info'?: (_isa_minio_ObjectInfo | null);
  'error'?: (string);
}

export interface StatObjectResponse__Output {
  'success': (boolean);
  'object_info': (_isa_minio_ObjectInfo__Output | null);
  'error': (string);
}
