// Original file: proto/isa/minio.proto


export interface DeleteError {
  'key'?: (string);
  'error_code'?: (string);
  'error_message'?: (string);
}

export interface DeleteError__Output {
  'key': (string);
  'error_code': (string);
  'error_message': (string);
}
