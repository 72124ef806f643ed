// Original file: proto/isa/redis.proto


export interface LTrimRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'start'?: (number);
  'stop'?: (number);
}

export interface LTrimRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'start': (number);
  'stop': (number);
}
