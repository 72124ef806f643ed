// Original file: proto/isa/minio.proto


export interface DeleteBucketLifecycleRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface DeleteBucketLifecycleRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
