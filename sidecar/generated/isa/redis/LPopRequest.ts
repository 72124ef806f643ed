// Original file: proto/isa/redis.proto


export interface LPopRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface LPopRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
