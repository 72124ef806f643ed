// Original file: proto/isa/minio.proto


export interface ListBucketsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'prefix'?: (string);
}

export interface ListBucketsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'prefix': (string);
}
