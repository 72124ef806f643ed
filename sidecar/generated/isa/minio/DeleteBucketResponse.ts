// Original file: proto/isa/minio.proto


export interface DeleteBucketResponse {
  'success'?: (boolean);
  'message'?: (string);
  'deleted_objects'?: (number);
  'error'?: (string);
}

export interface DeleteBucketResponse__Output {
  'success': (boolean);
  'message': (string);
  'deleted_objects': (number);
  'error': (string);
}
