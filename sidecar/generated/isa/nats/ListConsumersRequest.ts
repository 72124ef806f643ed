// Original file: proto/isa/nats.proto


export interface ListConsumersRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
}

export interface ListConsumersRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
}
