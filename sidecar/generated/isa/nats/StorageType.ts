// Original file: proto/isa/nats.proto

export const StorageType = {
  STORAGE_FILE: 'STORAGE_FILE',
  STORAGE_MEMORY: 'STORAGE_MEMORY',
} as const;

export type StorageType =
  | 'STORAGE_FILE'
  | 0
  | 'STORAGE_MEMORY'
  | 1

export type StorageType__Output = typeof StorageType[keyof typeof StorageType]
