// Original file: proto/isa/redis.proto


export interface RPushRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'values'?: (string)[];
}

export interface RPushRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'values': (string)[];
}
