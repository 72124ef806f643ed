/**
 * Call deadlines: read from the `grpc-timeout` header, and timed however far away they are
 * (a timer past MAX_TIMER_MS would fire at once and end a call with a 30-day deadline).
 */
import { MAX_TIMER_MS } from "../../shared/timers";

const TIMEOUT_UNIT_MS: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 1e-3, n: 1e-6 };

/** The absolute deadline (epoch ms) a `grpc-timeout` header sets; Infinity without one. */
export function deadlineOf(timeout: string | string[] | undefined): number {
  const parsed = typeof timeout === "string" ? /^(\d{1,8})([HMSmun])$/.exec(timeout) : null;
  return parsed ? Date.now() + Number(parsed[1]) * TIMEOUT_UNIT_MS[parsed[2]!]! : Number.POSITIVE_INFINITY;
}

export interface DeadlineTimer {
  clear(): void;
}

/** Runs `fire` at `deadline` (epoch ms); a deadline past the timers' limit is reached in steps. */
export function atDeadline(deadline: number, fire: () => void): DeadlineTimer {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const ms = deadline - Date.now();
    timer = ms > MAX_TIMER_MS ? setTimeout(arm, MAX_TIMER_MS) : setTimeout(fire, Math.max(0, ms));
    timer.unref(); // the call's connection keeps the process up, not its timer
  };
  arm();
  return { clear: () => clearTimeout(timer) };
}
