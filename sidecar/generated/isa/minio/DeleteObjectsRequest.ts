// Original file: proto/isa/minio.proto


export interface DeleteObjectsRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'object_keys'?: (string)[];
  'quiet'?: (boolean);
}

export interface DeleteObjectsRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'object_keys': (string)[];
  'quiet': (boolean);
}
