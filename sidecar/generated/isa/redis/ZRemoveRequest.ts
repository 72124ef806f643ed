// Original file: proto/isa/redis.proto


export interface ZRemoveRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'members'?: (string)[];
}

export interface ZRemoveRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'members': (string)[];
}
