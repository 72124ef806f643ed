// Original file: proto/isa/nats.proto


export interface GetStreamInfoRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
}

export interface GetStreamInfoRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
}
