// Original file: proto/isa/nats.proto


export interface ObjectDeleteResponse {
  'success'?: (boolean);
}

export interface ObjectDeleteResponse__Output {
  'success': (boolean);
}
