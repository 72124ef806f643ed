// Original file: proto/isa/redis.proto


export interface ZSetMember {
  'member'?: (string);
  'score'?: (number | string);
}

export interface ZSetMember__Output {
  'member': (string);
  'score': (number);
}
