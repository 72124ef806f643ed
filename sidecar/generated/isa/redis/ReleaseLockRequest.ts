// Original file: proto/isa/redis.proto


export interface ReleaseLockRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'lock_key'?: (string);
  'lock_id'?: (string);
}

export interface ReleaseLockRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'lock_key': (string);
  'lock_id': (string);
}
