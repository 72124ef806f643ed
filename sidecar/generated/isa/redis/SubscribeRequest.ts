// Original file: proto/isa/redis.proto


export interface SubscribeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'channels'?: (string)[];
}

export interface SubscribeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'channels': (string)[];
}
