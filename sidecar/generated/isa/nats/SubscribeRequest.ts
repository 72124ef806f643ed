// Original file: proto/isa/nats.proto


export interface SubscribeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'subject'?: (string);
  'queue_group'?: (string);
}

export interface SubscribeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'subject': (string);
  'queue_group': (string);
}
