// Original file: proto/isa/nats.proto

export const DeliveryPolicy = {
  DELIVERY_ALL: 'DELIVERY_ALL',
  DELIVERY_LAST: 'DELIVERY_LAST',
  DELIVERY_NEW: 'DELIVERY_NEW',
  DELIVERY_BY_START_SEQUENCE: 'DELIVERY_BY_START_SEQUENCE',
  DELIVERY_BY_START_TIME: 'DELIVERY_BY_START_TIME',
  DELIVERY_LAST_PER_SUBJECT: 'DELIVERY_LAST_PER_SUBJECT',
} as const;

export type DeliveryPolicy =
  | 'DELIVERY_ALL'
  | 0
  | 'DELIVERY_LAST'
  | 1
  | 'DELIVERY_NEW'
  | 2
  | 'DELIVERY_BY_START_SEQUENCE'
  | 3
  | 'DELIVERY_BY_START_TIME'
  | 4
  | 'DELIVERY_LAST_PER_SUBJECT'
  | 5

export type DeliveryPolicy__Output = typeof DeliveryPolicy[keyof typeof DeliveryPolicy]
