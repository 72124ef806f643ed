// Original file: proto/isa/redis.proto


export interface HDeleteRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'fields'?: (string)[];
}

export interface HDeleteRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'fields': (string)[];
}
