// Original file: proto/isa/minio.proto


export interface GetBucketTagsRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface GetBucketTagsRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
