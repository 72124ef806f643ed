// Original file: proto/isa/minio.proto


export interface DeleteBucketTagsRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface DeleteBucketTagsRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
