import { invalidArgument, SidecarError } from "../../errors";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { ValueType } from "../../generated/isa/redis/ValueType";
import type { CallContext, OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { type RedisOps, requiredDurationMs, timestamp } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

const DEFAULT_LIST_LIMIT = 1000;
const MAX_LIST_LIMIT = 10_000;

const VALUE_TYPES: Record<string, ValueType> = {
  string: "VALUE_TYPE_STRING",
  hash: "VALUE_TYPE_HASH",
  list: "VALUE_TYPE_LIST",
  set: "VALUE_TYPE_SET",
  zset: "VALUE_TYPE_ZSET",
};

function listLimit(limit: number): number {
  if (limit < 0) throw invalidArgument("limit must not be negative");
  return limit === 0 ? DEFAULT_LIST_LIMIT : Math.min(limit, MAX_LIST_LIMIT);
}

/**
 * SCAN (never KEYS, which blocks Redis) with MATCH `{prefix}{pattern}`. The prefix holds no glob
 * character (tenancy escapes them in ids), so Redis matches it literally and whatever the pattern
 * says applies only after it: no pattern reaches another tenant's keys, nor the `!session:` and
 * `!lock:` records, which never start with a tenant prefix.
 */
async function scanKeys(r: RedisOps, ctx: CallContext, pattern: string, limit: number): Promise<string[]> {
  const match = r.key(ctx, pattern === "" ? "*" : pattern, "pattern");
  const keys = await r.scanMatch(match, limit, ctx.signal);
  return keys.map((key) => r.strip(ctx, key));
}

type Reply = [Error | null, unknown];

/** One reply of a MULTI, or undefined when that command failed (e.g. OBJECT IDLETIME under an LFU policy). */
const replyOf = (reply: Reply | undefined): unknown => (reply && reply[0] === null ? reply[1] : undefined);

async function keyInfo(r: RedisOps, key: string) {
  const replies = (await r.client.multi().type(key).ttl(key).memory("USAGE", key).object("IDLETIME", key).exec()) as
    | Reply[]
    | null;
  const [type, ttl, size, idle] = (replies ?? []).map((reply) => replyOf(reply));
  if (type === undefined || type === "none") return { exists: false, ttl_seconds: "-2", size_bytes: "0" };
  const valueType = VALUE_TYPES[String(type)];
  if (!valueType)
    throw new SidecarError("failed_precondition", `the key holds a ${type}, which this API does not describe`);
  return {
    exists: true,
    type: valueType,
    ttl_seconds: String(ttl ?? -1),
    size_bytes: String(size ?? 0),
    // Redis keeps no creation time, so created_at stays unset rather than being made up.
    last_accessed: typeof idle === "number" ? timestamp(Date.now() - idle * 1000) : null,
  };
}

export function keyOperations(r: RedisOps) {
  return {
    Delete: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ success: true, deleted_count: await r.client.del(r.key(ctx, req.key)) }),
    }),
    DeleteMultiple: unary({
      resource: (req) => req.keys.join(","),
      run: async (req, ctx) => ({ success: true, deleted_count: await r.client.del(...r.keys(ctx, req.keys)) }),
    }),
    Exists: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ exists: (await r.client.exists(r.key(ctx, req.key))) === 1 }),
    }),
    Expire: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const ms = requiredDurationMs(req.expiration, "expiration");
        return { success: (await r.client.pexpire(r.key(ctx, req.key), ms)) === 1 };
      },
    }),
    GetTTL: unary({
      resource: (req) => req.key,
      // As Redis answers: -2 when the key is missing, -1 when it has no expiry, else seconds left.
      run: async (req, ctx) => ({ ttl_seconds: String(await r.client.ttl(r.key(ctx, req.key))) }),
    }),
    Rename: unary({
      resource: (req) => `${req.old_key}->${req.new_key}`,
      // A missing old key fails in Redis with "no such key", which translateRedisError makes NOT_FOUND.
      run: async (req, ctx) => {
        await r.client.rename(r.key(ctx, req.old_key, "old_key"), r.key(ctx, req.new_key, "new_key"));
        return { success: true };
      },
    }),
    ListKeys: unary({
      resource: (req) => req.pattern,
      run: async (req, ctx) => {
        const keys = await scanKeys(r, ctx, req.pattern, listLimit(req.limit));
        return { keys, total_count: keys.length };
      },
    }),
    GetKeyInfo: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => keyInfo(r, r.key(ctx, req.key)),
    }),
  } satisfies Partial<Ops>;
}
