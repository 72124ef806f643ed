// Original file: proto/isa/minio.proto


export interface GetObjectTagsRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'version_id'?: (string);
}

export interface GetObjectTagsRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'version_id': (string);
}
