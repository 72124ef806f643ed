// Original file: proto/isa/minio.proto

import type { PutObjectMetadata as _isa_minio_PutObjectMetadata, PutObjectMetadata__Output as _isa_minio_PutObjectMetadata__Output } from '../../isa/minio/PutObjectMetadata';

export interface PutObjectRequest {
  'metadata'?: (_isa_minio_PutObjectMetadata | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'data'?: "metadata"|"chunk";
}

export interface PutObjectRequest__Output {
  'metadata'?: (_isa_minio_PutObjectMetadata__Output | null);
  'chunk'?: (Buffer);
  'data'?: "metadata"|"chunk";
}
