// Original file: proto/isa/redis.proto


export interface UnsubscribeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'channels'?: (string)[];
}

export interface UnsubscribeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'channels': (string)[];
}
