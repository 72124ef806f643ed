// Original file: proto/isa/nats.proto


export interface AckMessageResponse {
  'success'?: (boolean);
}

export interface AckMessageResponse__Output {
  'success': (boolean);
}
