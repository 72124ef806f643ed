// Original file: proto/isa/redis.proto


export interface DeleteMultipleRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'keys'?: (string)[];
}

export interface DeleteMultipleRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'keys': (string)[];
}
