// Original file: proto/isa/redis.proto


export interface RPopRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface RPopRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
