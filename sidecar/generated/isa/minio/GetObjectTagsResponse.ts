// Original file: proto/isa/minio.proto


export interface GetObjectTagsResponse {
  'success'?: (boolean);
  'tags'?: ({[key: string]: string});
  'error'?: (string);
}

export interface GetObjectTagsResponse__Output {
  'success': (boolean);
  'tags': ({[key: string]: string});
  'error': (string);
}
