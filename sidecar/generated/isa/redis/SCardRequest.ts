// Original file: proto/isa/redis.proto


export interface SCardRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
}

export interface SCardRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
}
