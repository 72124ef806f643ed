// Original file: proto/isa/redis.proto


export interface LRangeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'start'?: (number);
  'stop'?: (number);
}

export interface LRangeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'start': (number);
  'stop': (number);
}
