// Original file: proto/isa/nats.proto


export interface KVPutRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'bucket'?: (string);
  'key'?: (string);
  'value'?: (Buffer | Uint8Array | string);
}

export interface KVPutRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'bucket': (string);
  'key': (string);
  'value': (Buffer);
}
