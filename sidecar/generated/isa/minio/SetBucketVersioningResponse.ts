// Original file: proto/isa/minio.proto


export interface SetBucketVersioningResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface SetBucketVersioningResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
