// Original file: proto/isa/minio.proto


export interface GetPresignedPutURLRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'expiry_seconds'?: (number);
  'content_type'?: (string);
}

export interface GetPresignedPutURLRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'expiry_seconds': (number);
  'content_type': (string);
}
