// Original file: proto/isa/redis.proto


export interface LLenRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface LLenRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
