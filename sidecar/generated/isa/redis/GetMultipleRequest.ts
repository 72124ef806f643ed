// Original file: proto/isa/redis.proto


export interface GetMultipleRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'keys'?: (string)[];
}

export interface GetMultipleRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'keys': (string)[];
}
