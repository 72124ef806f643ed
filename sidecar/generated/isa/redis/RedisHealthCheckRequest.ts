// Original file: proto/isa/redis.proto


export interface RedisHealthCheckRequest {
  'deep_check'?: (boolean);
}

export interface RedisHealthCheckRequest__Output {
  'deep_check': (boolean);
}
