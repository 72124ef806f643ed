// Original file: proto/isa/minio.proto


export interface SetBucketVersioningRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'enabled'?: (boolean);
}

export interface SetBucketVersioningRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'enabled': (boolean);
}
