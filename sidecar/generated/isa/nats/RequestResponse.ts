// Original file: proto/isa/nats.proto


export interface RequestResponse {
  'success'?: (boolean);
  'data'?: (Buffer | Uint8Array | string);
  'error_message'?: (string);
}

export interface RequestResponse__Output {
  'success': (boolean);
  'data': (Buffer);
  'error_message': (string);
}
