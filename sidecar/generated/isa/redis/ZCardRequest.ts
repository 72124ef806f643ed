// Original file: proto/isa/redis.proto


export interface ZCardRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface ZCardRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
