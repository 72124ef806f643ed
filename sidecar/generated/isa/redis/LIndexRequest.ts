// Original file: proto/isa/redis.proto


export interface LIndexRequest {
  'user_id'?: (string);
  'organization_id'?: (string);
  'key'?: (string);
  'index'?: (number);
}

export interface LIndexRequest__Output {
  'user_id': (string);
  'organization_id': (string);
  'key': (string);
  'index': (number);
}
