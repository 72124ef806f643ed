/**
 * What every Redis operation shares: the client, the size limits, and the checked, confined
 * names. A handler never builds a Redis key itself; it asks `key(ctx, name)`.
 */
import type Redis from "ioredis";
import type { RedisBackend } from "../../backends/redis";
import { invalidArgument, resourceExhausted } from "../../errors";
import type { Duration__Output } from "../../generated/google/protobuf/Duration";
import type { CallContext } from "../../operation";
import { redisKey, stripRedisKey } from "../../tenancy";

export interface RedisLimits {
  maxKeyBytes: number;
  maxValueBytes: number;
}

export class RedisOps {
  constructor(
    readonly backend: RedisBackend,
    readonly limits: RedisLimits,
  ) {}

  get client(): Redis {
    return this.backend.client;
  }

  /** The backend key for the caller's key name: checked for emptiness and size, then confined. */
  key(ctx: CallContext, name: string, what = "key"): string {
    if (name === "") throw invalidArgument(`${what} is empty`);
    if (Buffer.byteLength(name) > this.limits.maxKeyBytes) {
      throw invalidArgument(`${what} is longer than ${this.limits.maxKeyBytes} bytes`);
    }
    return redisKey(ctx.identity, name);
  }

  keys(ctx: CallContext, names: string[], what = "keys"): string[] {
    if (names.length === 0) throw invalidArgument(`${what} is empty`);
    return names.map((n) => this.key(ctx, n, "key"));
  }

  strip(ctx: CallContext, backendKey: string): string {
    return stripRedisKey(ctx.identity, backendKey);
  }

  /** Refuses values over the configured size, so one caller cannot fill Redis in one call. */
  value(value: string, what = "value"): string {
    if (Buffer.byteLength(value) > this.limits.maxValueBytes) {
      throw resourceExhausted(`${what} is larger than ${this.limits.maxValueBytes} bytes`);
    }
    return value;
  }

  values(values: string[], what = "values"): string[] {
    let total = 0;
    for (const v of values) total += Buffer.byteLength(v);
    if (total > this.limits.maxValueBytes) {
      throw resourceExhausted(`${what} are larger than ${this.limits.maxValueBytes} bytes together`);
    }
    return values;
  }
}

/** A protobuf Duration in whole milliseconds; 0 when unset. Negative durations are refused. */
export function durationMs(d: Duration__Output | null | undefined, what: string): number {
  if (!d) return 0;
  const ms = Number(d.seconds) * 1000 + Math.floor(d.nanos / 1e6);
  if (!Number.isFinite(ms) || ms < 0) throw invalidArgument(`${what} must not be negative`);
  return ms;
}

/** A positive Duration in ms, or INVALID_ARGUMENT naming the field. */
export function requiredDurationMs(d: Duration__Output | null | undefined, what: string): number {
  const ms = durationMs(d, what);
  if (ms <= 0) throw invalidArgument(`${what} must be positive`);
  return ms;
}

/** A protobuf Timestamp for an epoch-milliseconds instant. */
export function timestamp(ms: number): { seconds: string; nanos: number } {
  return { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
}
