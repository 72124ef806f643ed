// Original file: proto/isa/minio.proto


export interface GetBucketTagsResponse {
  'success'?: (boolean);
  'tags'?: ({[key: string]: string});
  'error'?: (string);
}

export interface GetBucketTagsResponse__Output {
  'success': (boolean);
  'tags': ({[key: string]: string});
  'error': (string);
}
