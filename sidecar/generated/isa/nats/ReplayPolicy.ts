// Original file: proto/isa/nats.proto

export const ReplayPolicy = {
  REPLAY_INSTANT: 'REPLAY_INSTANT',
  REPLAY_ORIGINAL: 'REPLAY_ORIGINAL',
} as const;

export type ReplayPolicy =
  | 'REPLAY_INSTANT'
  | 0
  | 'REPLAY_ORIGINAL'
  | 1

export type ReplayPolicy__Output = typeof ReplayPolicy[keyof typeof ReplayPolicy]
