// Original file: proto/isa/nats.proto


export interface KVDeleteResponse {
  'success'?: (boolean);
}

export interface KVDeleteResponse__Output {
  'success': (boolean);
}
