// Original file: proto/isa/minio.proto


export interface SetBucketTagsResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface SetBucketTagsResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
