// Original file: proto/isa/nats.proto


export interface DeleteConsumerResponse {
  'success'?: (boolean);
}

export interface DeleteConsumerResponse__Output {
  'success': (boolean);
}
