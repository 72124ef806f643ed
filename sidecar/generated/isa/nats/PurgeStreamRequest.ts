// Original file: proto/isa/nats.proto


export interface PurgeStreamRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
  'subject'?: (string);
}

export interface PurgeStreamRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
  'subject': (string);
}
