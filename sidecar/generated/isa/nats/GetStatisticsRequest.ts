// Original file: proto/isa/nats.proto


export interface GetStatisticsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
}

export interface GetStatisticsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
}
