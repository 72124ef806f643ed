// Original file: proto/isa/nats.proto


export interface UnsubscribeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'subject'?: (string);
}

export interface UnsubscribeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'subject': (string);
}
