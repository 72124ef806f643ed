// Original file: proto/isa/minio.proto


export interface SetBucketTagsRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'tags'?: ({[key: string]: string});
}

export interface SetBucketTagsRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'tags': ({[key: string]: string});
}
