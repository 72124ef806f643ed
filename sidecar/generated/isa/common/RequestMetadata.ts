// Original file: proto/isa/common.proto


export interface RequestMetadata {
  'user_id'?: (string);
  'organization_id'?: (string);
  'access_token'?: (string);
  'request_id'?: (string);
  'trace_id'?: (string);
  'custom_metadata'?: ({[key: string]: string});
}

export interface RequestMetadata__Output {
  'user_id': (string);
  'organization_id': (string);
  'access_token': (string);
  'request_id': (string);
  'trace_id': (string);
  'custom_metadata': ({[key: string]: string});
}
