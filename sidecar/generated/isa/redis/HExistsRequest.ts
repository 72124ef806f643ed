// Original file: proto/isa/redis.proto


export interface HExistsRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'field'?: (string);
}

export interface HExistsRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'field': (string);
}
