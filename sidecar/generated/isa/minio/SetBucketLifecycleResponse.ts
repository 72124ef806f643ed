// Original file: proto/isa/minio.proto


export interface SetBucketLifecycleResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface SetBucketLifecycleResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
