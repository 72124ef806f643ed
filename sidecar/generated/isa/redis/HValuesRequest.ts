// Original file: proto/isa/redis.proto


export interface HValuesRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface HValuesRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
