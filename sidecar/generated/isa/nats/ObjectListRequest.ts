// Original file: proto/isa/nats.proto


export interface ObjectListRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
}

export interface ObjectListRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
}
