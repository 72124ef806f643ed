// Original file: proto/isa/redis.proto


export interface HGetRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'field'?: (string);
}

export interface HGetRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'field': (string);
}
