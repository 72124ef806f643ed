// Original file: proto/isa/minio.proto


export interface DeleteObjectRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'version_id'?: (string);
}

export interface DeleteObjectRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'version_id': (string);
}
