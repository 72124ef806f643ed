// Original file: proto/isa/minio.proto


export interface SetObjectTagsRequest {
  'bucket_name'?: (string);
  'object_key'?: (string);
  'user_id'?: (string);
  'tags'?: ({[key: string]: string});
  'version_id'?: (string);
}

export interface SetObjectTagsRequest__Output {
  'bucket_name': (string);
  'object_key': (string);
  'user_id': (string);
  'tags': ({[key: string]: string});
  'version_id': (string);
}
