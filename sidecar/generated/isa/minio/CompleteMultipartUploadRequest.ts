// Original file: proto/isa/minio.proto

import type { CompletedPart as _isa_minio_CompletedPart, CompletedPart__Output as _isa_minio_CompletedPart__Output } from '../../isa/minio/CompletedPart';

export interface CompleteMultipartUploadRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'upload_id'?: (string);
  'parts'?: (_isa_minio_CompletedPart)[];
}

export interface CompleteMultipartUploadRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'upload_id': (string);
  'parts': (_isa_minio_CompletedPart__Output)[];
}
