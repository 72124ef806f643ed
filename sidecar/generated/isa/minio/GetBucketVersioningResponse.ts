// Original file: proto/isa/minio.proto


export interface GetBucketVersioningResponse {
  'success'?: (boolean);
  'enabled'?: (boolean);
  'error'?: (string);
}

export interface GetBucketVersioningResponse__Output {
  'success': (boolean);
  'enabled': (boolean);
  'error': (string);
}
