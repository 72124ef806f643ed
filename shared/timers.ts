/**
 * The longest delay a Node timer holds: 2^31-1 ms, about 24.8 days. A longer delay fires after
 * 1 ms, so every delay taken from a caller (a deadline, a timeout field) is capped at this.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;
