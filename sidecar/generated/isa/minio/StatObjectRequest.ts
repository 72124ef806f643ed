// Original file: proto/isa/minio.proto


export interface StatObjectRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'version_id'?: (string);
}

export interface StatObjectRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'version_id': (string);
}
