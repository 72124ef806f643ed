/**
 * What every Redis operation shares: the client, the size limits, and the checked, confined
 * names. A handler never builds a Redis key itself; it asks `key(ctx, name)`.
 */
import { randomBytes } from "node:crypto";
import type { ChainableCommander } from "ioredis";
import type { RedisBackend, RedisClient } from "../../backends/redis";
import { invalidArgument, resourceExhausted, SidecarError } from "../../errors";
import type { Duration__Output } from "../../generated/google/protobuf/Duration";
import type { CallContext } from "../../operation";
import { type RedisLayout, redisInternalKey, redisKey, redisPrefix, stripRedisKey } from "../../tenancy";

export interface RedisLimits {
  maxKeyBytes: number;
  maxValueBytes: number;
}

export class RedisOps {
  constructor(
    readonly backend: RedisBackend,
    readonly limits: RedisLimits,
  ) {}

  get client(): RedisClient {
    return this.backend.client;
  }

  /** Where keys go: a hash tag on the tenant prefix on a cluster (see tenancy). */
  get layout(): RedisLayout {
    return this.backend.layout;
  }

  /** The prefix of the caller's data keys and channels. */
  prefix(ctx: CallContext): string {
    return redisPrefix(ctx.identity, this.layout);
  }

  internalKey(kind: "session" | "lock", ctx: CallContext, name: string): string {
    return redisInternalKey(kind, ctx.identity, name, this.layout);
  }

  /** The backend key for the caller's key name: checked for emptiness and size, then confined. */
  key(ctx: CallContext, name: string, what = "key"): string {
    if (name === "") throw invalidArgument(`${what} is empty`);
    if (Buffer.byteLength(name) > this.limits.maxKeyBytes) {
      throw invalidArgument(`${what} is longer than ${this.limits.maxKeyBytes} bytes`);
    }
    return redisKey(ctx.identity, name, this.layout);
  }

  keys(ctx: CallContext, names: string[], what = "keys"): string[] {
    if (names.length === 0) throw invalidArgument(`${what} is empty`);
    return names.map((n) => this.key(ctx, n, "key"));
  }

  strip(ctx: CallContext, backendKey: string): string {
    return stripRedisKey(ctx.identity, backendKey, this.layout);
  }

  /** A name of a sidecar-owned record (lock key, session id) or a channel: checked like a key name, not confined. */
  name(name: string, what: string): string {
    if (name === "") throw invalidArgument(`${what} is empty`);
    if (Buffer.byteLength(name) > this.limits.maxKeyBytes) {
      throw invalidArgument(`${what} is longer than ${this.limits.maxKeyBytes} bytes`);
    }
    return name;
  }

  /**
   * Up to `cap` keys under `prefix`, by SCAN (never KEYS, which blocks Redis). The prefix must hold
   * no glob character (tenancy's prefixes never do), so Redis matches it literally.
   */
  scanPrefix(prefix: string, cap: number, signal?: AbortSignal): Promise<string[]> {
    return this.scanMatch(`${prefix}*`, cap, signal);
  }

  /**
   * Up to `cap` keys matching a glob `match` that starts with a tenant prefix, by SCAN. On a
   * cluster every master is scanned: SCAN sees one node's keys only.
   */
  async scanMatch(match: string, cap: number, signal?: AbortSignal): Promise<string[]> {
    const found = new Set<string>(); // SCAN may return a key twice
    for (const node of this.backend.masters()) {
      let cursor = "0";
      do {
        // A long scan for a caller who left (cancel, deadline) is work for nobody.
        if (signal?.aborted) throw new SidecarError("cancelled", "call ended while scanning keys");
        const [next, keys] = await node.scan(cursor, "MATCH", match, "COUNT", 1000);
        for (const key of keys) if (found.size < cap) found.add(key);
        cursor = next;
      } while (cursor !== "0" && found.size < cap);
    }
    return [...found];
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

/** Integers cross the wire as strings (int64); Redis takes them as strings too, so no precision is lost. */
export function int64(value: string, what: string): string {
  if (!/^-?\d+$/.test(value)) throw invalidArgument(`${what} is not an integer`);
  return value;
}

/**
 * Runs a transaction whose last command reads a value back, and returns that value as Redis's own
 * text. Used after INCRBY-like writes: ioredis turns integer replies into JavaScript numbers,
 * which lose precision past 2^53, while a GET returns the exact digits.
 */
export async function lastReplyText(transaction: ChainableCommander): Promise<string> {
  const replies = await transaction.exec();
  const failed = replies?.find(([err]) => err !== null)?.[0];
  if (failed) throw failed;
  return String(replies?.at(-1)?.[1]);
}

/** Refuses an empty list where the Redis command needs at least one item (HSET, SADD, ...). */
export function nonEmpty<T>(items: T[], what: string): T[] {
  if (items.length === 0) throw invalidArgument(`${what} is empty`);
  return items;
}

/** A score as Redis reads it: Redis spells infinities `+inf`/`-inf`, not JavaScript's `Infinity`. */
export function redisScore(score: number, what = "score"): string {
  if (Number.isNaN(score)) throw invalidArgument(`${what} is not a number`);
  if (score === Number.POSITIVE_INFINITY) return "+inf";
  if (score === Number.NEGATIVE_INFINITY) return "-inf";
  return String(score);
}

/** A score as Redis writes it (`inf`, `-inf` or a decimal) as a number. */
export function parseScore(text: string): number {
  if (/^\+?inf$/i.test(text)) return Number.POSITIVE_INFINITY;
  if (/^-inf$/i.test(text)) return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/** `[member, score, member, score, ...]` (a WITHSCORES reply) as ZSetMember messages. */
export function scoredMembers(flat: string[]): { member: string; score: number }[] {
  const members: { member: string; score: number }[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) members.push({ member: flat[i], score: parseScore(flat[i + 1]) });
  return members;
}

/** An unguessable id (lock ids, session ids): 128 random bits, URL-safe. */
export function randomId(): string {
  return randomBytes(16).toString("base64url");
}
