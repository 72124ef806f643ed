// Original file: proto/isa/minio.proto


export interface InitiateMultipartUploadResponse {
  'success'?: (boolean);
  'upload_id'?: (string);
  'bucket_name'?: (string);
  'object_key'?: (string);
  'error'?: (string);
}

export interface InitiateMultipartUploadResponse__Output {
  'success': (boolean);
  'upload_id': (string);
  'bucket_name': (string);
  'object_key': (string);
  'error': (string);
}
