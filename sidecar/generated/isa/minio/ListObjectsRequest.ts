// Original file: proto/isa/minio.proto


export interface ListObjectsRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'prefix'?: (string);
  'delimiter'?: (string);
  'max_keys'?: (number);
  'start_after'?: (string);
  'continuation_token'?: (string);
  'recursive'?: (boolean);
}

export interface ListObjectsRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'prefix': (string);
  'delimiter': (string);
  'max_keys': (number);
  'start_after': (string);
  'continuation_token': (string);
  'recursive': (boolean);
}
