// Original file: proto/isa/redis.proto


export interface PublishResponse {
  'subscriber_count'?: (number);
}

export interface PublishResponse__Output {
  'subscriber_count': (number);
}
