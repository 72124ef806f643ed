// Original file: proto/isa/redis.proto


export interface ZRangeRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'start'?: (number);
  'stop'?: (number);
  'with_scores'?: (boolean);
}

export interface ZRangeRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'start': (number);
  'stop': (number);
  'with_scores': (boolean);
}
