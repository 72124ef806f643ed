// Original file: proto/isa/redis.proto


export interface SUnionRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'keys'?: (string)[];
}

export interface SUnionRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'keys': (string)[];
}
