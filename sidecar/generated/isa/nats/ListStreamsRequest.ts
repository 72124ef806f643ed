// Original file: proto/isa/nats.proto


export interface ListStreamsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
}

export interface ListStreamsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
}
