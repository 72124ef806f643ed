// Original file: proto/isa/nats.proto

export const AckPolicy = {
  ACK_EXPLICIT: 'ACK_EXPLICIT',
  ACK_ALL: 'ACK_ALL',
  ACK_NONE: 'ACK_NONE',
} as const;

export type AckPolicy =
  | 'ACK_EXPLICIT'
  | 0
  | 'ACK_ALL'
  | 1
  | 'ACK_NONE'
  | 2

export type AckPolicy__Output = typeof AckPolicy[keyof typeof AckPolicy]
