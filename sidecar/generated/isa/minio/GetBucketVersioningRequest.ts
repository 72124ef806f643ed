// Original file: proto/isa/minio.proto


export interface GetBucketVersioningRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface GetBucketVersioningRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
