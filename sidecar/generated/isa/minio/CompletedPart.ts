// Original file: proto/isa/minio.proto


export interface CompletedPart {
  'part_number'?: (number);
  'etag'?: (string);
}

export interface CompletedPart__Output {
  'part_number': (number);
  'etag': (string);
}
