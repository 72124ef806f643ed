// Original file: proto/isa/minio.proto


export interface UploadPartResponse {
  'success'?: (boolean);
  'part_number'?: (number);
  'etag'?: (string);
  'error'?: (string);
}

export interface UploadPartResponse__Output {
  'success': (boolean);
  'part_number': (number);
  'etag': (string);
  'error': (string);
}
