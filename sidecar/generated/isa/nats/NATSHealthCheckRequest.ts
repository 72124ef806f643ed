// Original file: proto/isa/nats.proto


export interface NATSHealthCheckRequest {
  'deep_check'?: (boolean);
}

export interface NATSHealthCheckRequest__Output {
  'deep_check': (boolean);
}
