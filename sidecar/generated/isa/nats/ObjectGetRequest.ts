// Original file: proto/isa/nats.proto


export interface ObjectGetRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'object_name'?: (string);
}

export interface ObjectGetRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'object_name': (string);
}
