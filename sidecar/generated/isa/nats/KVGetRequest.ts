// Original file: proto/isa/nats.proto


export interface KVGetRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'key'?: (string);
}

export interface KVGetRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'key': (string);
}
