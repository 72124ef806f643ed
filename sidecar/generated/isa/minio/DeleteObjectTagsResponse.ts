// Original file: proto/isa/minio.proto


export interface DeleteObjectTagsResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface DeleteObjectTagsResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
