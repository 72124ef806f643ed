// Original file: proto/isa/nats.proto


export interface GetConsumerInfoRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'consumer_name'?: (string);
}

export interface GetConsumerInfoRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'consumer_name': (string);
}
