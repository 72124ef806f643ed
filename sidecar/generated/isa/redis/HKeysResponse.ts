// Original file: proto/isa/redis.proto


export interface HKeysResponse {
  'fields'?: (string)[];
}

export interface HKeysResponse__Output {
  'fields': (string)[];
}
