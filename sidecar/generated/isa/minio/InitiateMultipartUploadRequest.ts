// Original file: proto/isa/minio.proto


export interface InitiateMultipartUploadRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'content_type'?: (string);
  'metadata'?: ({[key: string]: string});
}

export interface InitiateMultipartUploadRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'content_type': (string);
  'metadata': ({[key: string]: string});
}
