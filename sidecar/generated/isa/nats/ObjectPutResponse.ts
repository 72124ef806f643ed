// Original file: proto/isa/nats.proto


export interface ObjectPutResponse {
  'success'?: (boolean);
  'object_id'?: (string);
}

export interface ObjectPutResponse__Output {
  'success': (boolean);
  'object_id': (string);
}
