// Original file: proto/isa/nats.proto


export interface ObjectDeleteRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'object_name'?: (string);
}

export interface ObjectDeleteRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'object_name': (string);
}
