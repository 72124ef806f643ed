// Original file: proto/isa/redis.proto


export interface RenameRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'old_key'?: (string);
  'new_key'?: (string);
}

export interface RenameRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'old_key': (string);
  'new_key': (string);
}
