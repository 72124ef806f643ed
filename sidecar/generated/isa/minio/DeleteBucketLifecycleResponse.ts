// Original file: proto/isa/minio.proto


export interface DeleteBucketLifecycleResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface DeleteBucketLifecycleResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
