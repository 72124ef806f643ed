import pino, { type Logger } from "pino";

export type { Logger };

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** JSON-lines logger on stdout. Secrets never enter it: callers log names, never values. */
export function createLogger(name: string, level: LogLevel): Logger {
  return pino({ name, level, base: { component: name }, timestamp: pino.stdTimeFunctions.isoTime });
}

/**
 * A warning that may repeat many times a second (a Loki that is down fails every push, a Redis that
 * refuses the password at every reconnect): the first is logged, then at most one per `everyMs`,
 * carrying how many were held back since the last.
 */
export function rateLimitedWarning(log: Logger, message: string, everyMs: number) {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (fields: Record<string, unknown>) => {
    const now = Date.now();
    if (now - lastAt < everyMs) {
      suppressed++;
      return;
    }
    log.warn({ ...fields, suppressed }, message);
    lastAt = now;
    suppressed = 0;
  };
}
