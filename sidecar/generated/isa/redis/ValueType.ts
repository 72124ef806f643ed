// Original file: proto/isa/redis.proto

export const ValueType = {
  VALUE_TYPE_STRING: 'VALUE_TYPE_STRING',
  VALUE_TYPE_HASH: 'VALUE_TYPE_HASH',
  VALUE_TYPE_LIST: 'VALUE_TYPE_LIST',
  VALUE_TYPE_SET: 'VALUE_TYPE_SET',
  VALUE_TYPE_ZSET: 'VALUE_TYPE_ZSET',
} as const;

export type ValueType =
  | 'VALUE_TYPE_STRING'
  | 0
  | 'VALUE_TYPE_HASH'
  | 1
  | 'VALUE_TYPE_LIST'
  | 2
  | 'VALUE_TYPE_SET'
  | 3
  | 'VALUE_TYPE_ZSET'
  | 4

export type ValueType__Output = typeof ValueType[keyof typeof ValueType]
