// Original file: proto/isa/nats.proto


export interface UnsubscribeResponse {
  'success'?: (boolean);
}

export interface UnsubscribeResponse__Output {
  'success': (boolean);
}
