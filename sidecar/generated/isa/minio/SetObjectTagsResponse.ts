// Original file: proto/isa/minio.proto


export interface SetObjectTagsResponse {
  'success'?: (boolean);
  'message'?: (string);
  'error'?: (string);
}

export interface SetObjectTagsResponse__Output {
  'success': (boolean);
  'message': (string);
  'error': (string);
}
