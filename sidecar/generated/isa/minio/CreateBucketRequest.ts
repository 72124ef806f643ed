// Original file: proto/isa/minio.proto


export interface CreateBucketRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'organization_id'?: (string);
  'region'?: (string);
  'object_locking'?: (boolean);
  'tags'?: ({[key: string]: string});
}

export interface CreateBucketRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'organization_id': (string);
  'region': (string);
  'object_locking': (boolean);
  'tags': ({[key: string]: string});
}
