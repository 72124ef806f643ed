// Original file: proto/isa/redis.proto


export interface SMembersRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface SMembersRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
