// Original file: proto/isa/nats.proto


export interface PublishResponse {
  'success'?: (boolean);
  'message'?: (string);
}

export interface PublishResponse__Output {
  'success': (boolean);
  'message': (string);
}
