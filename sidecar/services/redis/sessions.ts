/**
 * Sessions: one Redis hash per session under the caller's `!session:` namespace, which no data key
 * can reach. Data fields are stored as `d:{name}` and the sidecar's own fields as `m:{name}`, so a
 * data entry can never overwrite the bookkeeping. The hash expires with the session's TTL.
 */
import { invalidArgument } from "../../errors";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { SessionInfo } from "../../generated/isa/redis/SessionInfo";
import type { CallContext, OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { redisInternalPrefix, sessionId, sessionIdOrg } from "../../tenancy";
import { checkCount, durationMs, type RedisOps, randomId, timestamp } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

const DEFAULT_TTL_MS = 60 * 60 * 1000;
const MAX_DATA_ENTRIES = 1000;
/** ListSessions answers with at most this many sessions (SCAN stops there). */
const MAX_LISTED = 1000;

const CREATED = "m:created";
const ACCESSED = "m:accessed";
const TTL = "m:ttl";
const DATA = "d:";

/**
 * [PTTL, HGETALL as a flat list] of a session, or nil when it does not exist; ARGV[1], when not
 * empty, is the time to record as its last access. Flat lists, because HGETALL's object form would
 * lose a data entry named `__proto__`.
 */
const READ = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
if ARGV[1] ~= '' then redis.call('HSET', KEYS[1], '${ACCESSED}', ARGV[1]) end
return {redis.call('PTTL', KEYS[1]), redis.call('HGETALL', KEYS[1])}`;

type ReadReply = [number, string[]] | null;

/** Merges fields into an existing session only (never creates one); ARGV[2] = '1' resets the TTL. */
const MERGE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], '${ACCESSED}', ARGV[1], unpack(ARGV, 3))
if ARGV[2] == '1' then redis.call('PEXPIRE', KEYS[1], redis.call('HGET', KEYS[1], '${TTL}')) end
return 1`;

function sessionKey(r: RedisOps, ctx: CallContext, id: string): string {
  return r.internalKey("session", ctx, r.name(id, "session_id"));
}

/** The caller's data map as `d:`-prefixed hash fields, checked for count and size. */
function dataFields(r: RedisOps, data: Record<string, string>): string[] {
  const entries = Object.entries(data);
  checkCount(entries.length, MAX_DATA_ENTRIES, "data entries");
  if (entries.some(([name]) => name === "")) throw invalidArgument("a data entry has an empty name");
  r.values(entries.flat(), "data");
  return entries.flatMap(([name, value]) => [DATA + name, value]);
}

/** A session hash (HGETALL as a flat list) and its remaining TTL as a SessionInfo. */
function sessionInfo(id: string, user: string, pttl: number, flat: string[]): SessionInfo {
  const data: [string, string][] = [];
  const meta = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i += 2) {
    if (flat[i].startsWith(DATA)) data.push([flat[i].slice(DATA.length), flat[i + 1]]);
    else meta.set(flat[i], Number(flat[i + 1]));
  }
  return {
    session_id: id,
    user_id: user,
    data: Object.fromEntries(data),
    created_at: timestamp(meta.get(CREATED) ?? 0),
    expires_at: pttl >= 0 ? timestamp(Date.now() + pttl) : null,
    last_accessed: timestamp(meta.get(ACCESSED) ?? 0),
  };
}

export function sessionOperations(r: RedisOps) {
  return {
    CreateSession: unary({
      run: async (req, ctx) => {
        const ttl = durationMs(req.ttl, "ttl") || DEFAULT_TTL_MS;
        const id = sessionId(ctx.identity.org, randomId());
        const key = sessionKey(r, ctx, id);
        const now = Date.now();
        const fields = [CREATED, now, ACCESSED, now, TTL, ttl, ...dataFields(r, req.data)];
        // One transaction, so a session never exists without its expiry.
        const results = await r.client
          .multi()
          .hset(key, ...fields)
          .pexpire(key, ttl)
          .exec();
        const failed = results?.find(([err]) => err)?.[0];
        if (failed) throw failed;
        return { session_id: id, expires_at: timestamp(now + ttl) };
      },
    }),
    GetSession: unary({
      resource: (req) => req.session_id,
      // The session id names its organisation: the caller is of it (see tenancy).
      org: (req) => sessionIdOrg(req.session_id),
      run: async (req, ctx) => {
        const key = sessionKey(r, ctx, req.session_id);
        const reply = (await r.client.eval(READ, 1, key, Date.now())) as ReadReply;
        if (!reply) return { found: false, session: null };
        return { found: true, session: sessionInfo(req.session_id, ctx.identity.user, reply[0], reply[1]) };
      },
    }),
    UpdateSession: unary({
      resource: (req) => req.session_id,
      // The session id names its organisation: the caller is of it (see tenancy).
      org: (req) => sessionIdOrg(req.session_id),
      run: async (req, ctx) => {
        const key = sessionKey(r, ctx, req.session_id);
        const fields = dataFields(r, req.data);
        const merged = await r.client.eval(MERGE, 1, key, Date.now(), req.extend_ttl ? "1" : "0", ...fields);
        return { success: Number(merged) === 1 };
      },
    }),
    DeleteSession: unary({
      resource: (req) => req.session_id,
      // The session id names its organisation: the caller is of it (see tenancy).
      org: (req) => sessionIdOrg(req.session_id),
      run: async (req, ctx) => ({ success: (await r.client.del(sessionKey(r, ctx, req.session_id))) === 1 }),
    }),
    ListSessions: unary({
      run: async (_req, ctx) => {
        const prefix = redisInternalPrefix("session", ctx.identity, r.layout);
        const keys = await r.scanPrefix(prefix, MAX_LISTED, ctx.signal);
        const pipeline = r.client.pipeline();
        for (const key of keys) pipeline.eval(READ, 1, key, "");
        const replies = (await pipeline.exec()) ?? [];
        const sessions = keys.flatMap((key, i) => {
          const reply = replies[i]?.[1] as ReadReply;
          // Expired between SCAN and the read: gone, so not listed.
          if (!reply) return [];
          return [sessionInfo(key.slice(prefix.length), ctx.identity.user, reply[0], reply[1])];
        });
        return { sessions };
      },
    }),
  } satisfies Partial<Ops>;
}
