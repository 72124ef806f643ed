// Original file: proto/isa/minio.proto


export interface MinIOHealthCheckRequest {
  'detailed'?: (boolean);
}

export interface MinIOHealthCheckRequest__Output {
  'detailed': (boolean);
}
