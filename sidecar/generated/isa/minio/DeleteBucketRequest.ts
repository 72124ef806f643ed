// Original file: proto/isa/minio.proto


export interface DeleteBucketRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'force'?: (boolean);
}

export interface DeleteBucketRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'force': (boolean);
}
