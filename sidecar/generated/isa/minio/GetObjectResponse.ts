// Original file: proto/isa/minio.proto

import type { ObjectInfo as _isa_minio_ObjectInfo, ObjectInfo__Output as _isa_minio_ObjectInfo__Output } from '../../isa/minio/ObjectInfo';

export interface GetObjectResponse {
  'metadata'?: (_isa_minio_ObjectInfo | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'data'?: "metadata"|"chunk";
}

export interface GetObjectResponse__Output {
  'metadata'?: (_isa_minio_ObjectInfo__Output | null);
  'chunk'?: (Buffer);
  'data'?: "metadata"|"chunk";
}
