// Original file: proto/isa/redis.proto


export interface ZRangeByScoreRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'min_score'?: (number | string);
  'max_score'?: (number | string);
  'offset'?: (number);
  'count'?: (number);
}

export interface ZRangeByScoreRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'min_score': (number);
  'max_score': (number);
  'offset': (number);
  'count': (number);
}
