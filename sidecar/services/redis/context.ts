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
import {
  type RedisLayout,
  redisInternalKey,
  redisKey,
  redisPrefix,
  refuseReplacementChar,
  stripRedisKey,
} from "../../tenancy";

/** Keys one call names (GetMultiple, DeleteMultiple, SUnion...): each is a Redis argument and a Lua stack slot. */
export const MAX_KEYS_PER_CALL = 1000;

export interface RedisLimits {
  maxKeyBytes: number;
  maxValueBytes: number;
  /** Most keys, values or members one call names, and most items one answer holds. */
  maxItems: number;
}

/**
 * The one rule for limits (README "Limits"): a request that is itself over a fixed limit is
 * INVALID_ARGUMENT (it fails the same way every time; the caller must change it); a limit hit
 * because of what is stored or in use (an answer that would be too large, a value that would grow
 * too large, capacity busy) is RESOURCE_EXHAUSTED.
 */
export function checkCount(count: number, max: number, what: string): void {
  if (count > max) throw invalidArgument(`at most ${max} ${what} per call, not ${count}`);
}

/** Marks a Lua script's refusal of a too-large answer, so the error can be told from Redis's own. */
const TOO_MANY = "ISATOOMANY";

/** Lua, put before a read: refuses it when the answer would have more than ARGV[1] items. */
const refuseOver = (count: string) =>
  `local n = ${count}\nif n > tonumber(ARGV[1]) then return redis.error_reply('${TOO_MANY} ' .. n) end\n`;

/** Lua: `s`..`e`, the items LRANGE/ZRANGE ARGV[2]..ARGV[3] selects of KEYS[1] (length by `lengthCommand`). */
const clampedRange = (lengthCommand: string) => `local len = redis.call('${lengthCommand}', KEYS[1])
local s, e = tonumber(ARGV[2]), tonumber(ARGV[3])
if s < 0 then s = len + s end
if e < 0 then e = len + e end
if s < 0 then s = 0 end
if e >= len then e = len - 1 end
`;

/**
 * Reads whose answer grows with what is stored, run as scripts that count first (LLEN, ZCARD, HLEN,
 * SCARD: O(1)) and refuse before Redis builds a huge reply: one caller's LRANGE 0 -1 of a
 * 10-million-item list would otherwise block Redis for every tenant.
 */
export const BOUNDED_READS = {
  /** KEYS[1]; ARGV: max, start, stop. */
  LRANGE: `${clampedRange("LLEN")}${refuseOver("e - s + 1")}return redis.call('LRANGE', KEYS[1], ARGV[2], ARGV[3])`,
  /** KEYS[1]; ARGV: max, start, stop, "WITHSCORES" or "". */
  ZRANGE: `${clampedRange("ZCARD")}${refuseOver("e - s + 1")}if ARGV[4] == 'WITHSCORES' then return redis.call('ZRANGE', KEYS[1], ARGV[2], ARGV[3], 'WITHSCORES') end
return redis.call('ZRANGE', KEYS[1], ARGV[2], ARGV[3])`,
  /** KEYS[1]; ARGV: max, min, max score, offset. Without LIMIT: the count in range decides. */
  ZRANGEBYSCORE: `${refuseOver("redis.call('ZCOUNT', KEYS[1], ARGV[2], ARGV[3]) - tonumber(ARGV[4])")}return redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[2], ARGV[3], 'WITHSCORES')`,
  /** KEYS[1]; ARGV: max, command (HGETALL counts fields, not field+value). */
  HASH: `${refuseOver("redis.call('HLEN', KEYS[1])")}return redis.call(ARGV[2], KEYS[1])`,
  /** KEYS: the sets; ARGV: max, command. The sets' sizes added up: what SUNION/SDIFF/SINTER walk. */
  SETS: `local total = 0
for _, k in ipairs(KEYS) do total = total + redis.call('SCARD', k) end
${refuseOver("total")}return redis.call(ARGV[2], unpack(KEYS))`,
} as const;

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
    refuseReplacementChar(name, what);
    return redisKey(ctx.identity, name, this.layout);
  }

  keys(ctx: CallContext, names: string[], what = "keys"): string[] {
    if (names.length === 0) throw invalidArgument(`${what} is empty`);
    checkCount(names.length, MAX_KEYS_PER_CALL, what);
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
    refuseReplacementChar(name, what);
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
      throw invalidArgument(`${what} is larger than ${this.limits.maxValueBytes} bytes`);
    }
    return value;
  }

  /** Many values in one call: bounded in bytes together and in count (each is a Redis argument). */
  values(values: string[], what = "values"): string[] {
    checkCount(values.length, this.limits.maxItems, what);
    let total = 0;
    for (const v of values) total += Buffer.byteLength(v);
    if (total > this.limits.maxValueBytes) {
      throw invalidArgument(`${what} are larger than ${this.limits.maxValueBytes} bytes together`);
    }
    return values;
  }

  /**
   * Runs one of BOUNDED_READS with this call's item limit; a refusal is RESOURCE_EXHAUSTED (what
   * is stored makes the answer too large, not the request itself).
   */
  async boundedRead<T>(script: string, keys: string[], args: (string | number)[]): Promise<T> {
    try {
      return (await this.client.eval(script, keys.length, ...keys, this.limits.maxItems, ...args)) as T;
    } catch (err) {
      const m = err instanceof Error ? new RegExp(`${TOO_MANY} (\\d+)`).exec(err.message) : null;
      if (m) {
        throw resourceExhausted(
          `the answer would hold ${m[1]} items, more than ${this.limits.maxItems} (--redis-max-items): ask for a range`,
        );
      }
      throw err;
    }
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
