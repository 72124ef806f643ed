// Original file: proto/isa/nats.proto


export interface DeleteConsumerRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'consumer_name'?: (string);
}

export interface DeleteConsumerRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'consumer_name': (string);
}
