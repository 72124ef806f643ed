// Original file: proto/isa/minio.proto


export interface GetBucketPolicyRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface GetBucketPolicyRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
