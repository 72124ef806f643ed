// Original file: proto/isa/redis.proto


export interface ZRankRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'member'?: (string);
}

export interface ZRankRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'member': (string);
}
