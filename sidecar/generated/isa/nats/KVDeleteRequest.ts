// Original file: proto/isa/nats.proto


export interface KVDeleteRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'key'?: (string);
}

export interface KVDeleteRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'key': (string);
}
