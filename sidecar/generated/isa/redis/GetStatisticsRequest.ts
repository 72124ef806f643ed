// Original file: proto/isa/redis.proto


export interface GetStatisticsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
}

export interface GetStatisticsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
}
