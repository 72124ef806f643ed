// Original file: proto/isa/redis.proto


export interface ZScoreRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'member'?: (string);
}

export interface ZScoreRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'member': (string);
}
