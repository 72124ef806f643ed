// Original file: proto/isa/nats.proto


export interface KVKeysRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
}

export interface KVKeysRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
}
