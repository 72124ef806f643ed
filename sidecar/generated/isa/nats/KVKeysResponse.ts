// Original file: proto/isa/nats.proto


export interface KVKeysResponse {
  'keys'?: (string)[];
}

export interface KVKeysResponse__Output {
  'keys': (string)[];
}
