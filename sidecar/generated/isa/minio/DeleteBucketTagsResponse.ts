// Original file: proto/isa/minio.proto


export interface DeleteBucketTagsResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface DeleteBucketTagsResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
