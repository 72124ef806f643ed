// Original file: proto/isa/nats.proto


export interface DeleteStreamResponse {
  'success'?: (boolean);
}

export interface DeleteStreamResponse__Output {
  'success': (boolean);
}
