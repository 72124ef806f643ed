// Original file: proto/isa/minio.proto

import type { DeleteError as _isa_minio_DeleteError, DeleteError__Output as _isa_minio_DeleteError__Output } from '../../isa/minio/DeleteError';

export interface DeleteObjectsResponse {
  'success'?: (boolean);
  'deleted_keys'?: (string)[];
  'errors'?: (_isa_minio_DeleteError)[];
  'error'?: (string);
}

export interface DeleteObjectsResponse__Output {
  'success': (boolean);
  'deleted_keys': (string)[];
  'errors': (_isa_minio_DeleteError__Output)[];
  'error': (string);
}
