// Original file: proto/isa/minio.proto


export interface DeleteObjectTagsRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'version_id'?: (string);
}

export interface DeleteObjectTagsRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'version_id': (string);
}
