// Original file: proto/isa/nats.proto


export interface DeleteStreamRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
}

export interface DeleteStreamRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
}
