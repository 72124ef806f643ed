// Original file: proto/isa/redis.proto


export interface SDiffRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'keys'?: (string)[];
}

export interface SDiffRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'keys': (string)[];
}
