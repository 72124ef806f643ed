// Original file: proto/isa/redis.proto


export interface ExistsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface ExistsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
