// Original file: proto/isa/minio.proto


export interface GetBucketInfoRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
}

export interface GetBucketInfoRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
}
