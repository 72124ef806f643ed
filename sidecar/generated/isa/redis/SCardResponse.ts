// Original file: proto/isa/redis.proto


export interface SCardResponse {
  'count'?: (number);
}

export interface SCardResponse__Output {
  'count': (number);
}
