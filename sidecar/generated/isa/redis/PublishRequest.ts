// Original file: proto/isa/redis.proto


export interface PublishRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'channel'?: (string);
  'message'?: (string);
}

export interface PublishRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'channel': (string);
  'message': (string);
}
