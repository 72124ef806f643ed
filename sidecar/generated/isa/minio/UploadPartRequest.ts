// Original file: proto/isa/minio.proto

import type { UploadPartMetadata as _isa_minio_UploadPartMetadata, UploadPartMetadata__Output as _isa_minio_UploadPartMetadata__Output } from '../../isa/minio/UploadPartMetadata';

export interface UploadPartRequest {
  'metadata'?: (_isa_minio_UploadPartMetadata | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'data'?: "metadata"|"chunk";
}

export interface UploadPartRequest__Output {
  'metadata'?: (_isa_minio_UploadPartMetadata__Output | null);
  'chunk'?: (Buffer);
  'data'?: "metadata"|"chunk";
}
