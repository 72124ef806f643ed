// Original file: proto/isa/redis.proto


export interface HashField {
  'field'?: (string);
  'value'?: (string);
}

export interface HashField__Output {
  'field': (string);
  'value': (string);
}
