// Original file: proto/isa/redis.proto


export interface ListSessionsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
}

export interface ListSessionsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
}
