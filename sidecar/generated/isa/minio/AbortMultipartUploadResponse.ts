// Original file: proto/isa/minio.proto


export interface AbortMultipartUploadResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface AbortMultipartUploadResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
