// Original file: proto/isa/minio.proto


export interface CompleteMultipartUploadResponse {
  'success'?: (boolean);
  'object_key'?: (string);
  'etag'?: (string);
  'location'?: (string);
  'error'?: (string);
}

export interface CompleteMultipartUploadResponse__Output {
  'success': (boolean);
  'object_key': (string);
  'etag': (string);
  'location': (string);
  'error': (string);
}
