// Original file: proto/isa/redis.proto


export interface HValuesResponse {
  'values'?: (string)[];
}

export interface HValuesResponse__Output {
  'values': (string)[];
}
