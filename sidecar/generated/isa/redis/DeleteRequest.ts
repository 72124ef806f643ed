// Original file: proto/isa/redis.proto


export interface DeleteRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface DeleteRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
