// Original file: proto/isa/minio.proto


export interface SetBucketPolicyResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface SetBucketPolicyResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
