// Original file: proto/isa/nats.proto


export interface ObjectGetResponse {
  'found'?: (boolean);
  'data'?: (Buffer | Uint8Array | string);
  'metadata'?: ({[key: string]: string});
}

export interface ObjectGetResponse__Output {
  'found': (boolean);
  'data': (Buffer);
  'metadata': ({[key: string]: string});
}
