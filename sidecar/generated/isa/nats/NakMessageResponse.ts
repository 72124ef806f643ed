// Original file: proto/isa/nats.proto


export interface NakMessageResponse {
  'success'?: (boolean);
}

export interface NakMessageResponse__Output {
  'success': (boolean);
}
