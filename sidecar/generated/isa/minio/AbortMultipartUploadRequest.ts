// Original file: proto/isa/minio.proto


export interface AbortMultipartUploadRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'upload_id'?: (string);
}

export interface AbortMultipartUploadRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'upload_id': (string);
}
