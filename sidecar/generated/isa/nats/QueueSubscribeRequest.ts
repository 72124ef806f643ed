// Original file: proto/isa/nats.proto


export interface QueueSubscribeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'subject'?: (string);
  'queue_group'?: (string);
}

export interface QueueSubscribeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'subject': (string);
  'queue_group': (string);
}
