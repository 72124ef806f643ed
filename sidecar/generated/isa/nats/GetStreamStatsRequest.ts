// Original file: proto/isa/nats.proto


export interface GetStreamStatsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'stream_name'?: (string);
}

export interface GetStreamStatsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'stream_name': (string);
}
