// Original file: proto/isa/minio.proto


export interface DeleteObjectResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface DeleteObjectResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
