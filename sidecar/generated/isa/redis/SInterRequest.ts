// Original file: proto/isa/redis.proto


export interface SInterRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'keys'?: (string)[];
}

export interface SInterRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'keys': (string)[];
}
