// Original file: proto/isa/minio.proto


export interface GetPresignedURLRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'expiry_seconds'?: (number);
  'request_params'?: ({[key: string]: string});
}

export interface GetPresignedURLRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'expiry_seconds': (number);
  'request_params': ({[key: string]: string});
}
