// Original file: proto/isa/minio.proto


export interface GetBucketLifecycleRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface GetBucketLifecycleRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
