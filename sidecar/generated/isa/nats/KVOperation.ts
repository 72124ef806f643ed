// Original file: proto/isa/nats.proto

export const KVOperation = {
  KV_PUT: 'KV_PUT',
  KV_DELETE: 'KV_DELETE',
  KV_PURGE: 'KV_PURGE',
} as const;

export type KVOperation =
  | 'KV_PUT'
  | 0
  | 'KV_DELETE'
  | 1
  | 'KV_PURGE'
  | 2

export type KVOperation__Output = typeof KVOperation[keyof typeof KVOperation]
