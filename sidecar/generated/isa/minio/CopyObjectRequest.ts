// Original file: proto/isa/minio.proto


export interface CopyObjectRequest {
  'source_bucket'?: (string);
  'source_key'?: (string);
  'dest_bucket'?: (string);
  'dest_key'?: (string);
  'user_id'?: (string);
  'metadata'?: ({[key: string]: string});
  'metadata_directive'?: (string);
}

export interface CopyObjectRequest__Output {
  'source_bucket': (string);
  'source_key': (string);
  'dest_bucket': (string);
  'dest_key': (string);
  'user_id': (string);
  'metadata': ({[key: string]: string});
  'metadata_directive': (string);
}
