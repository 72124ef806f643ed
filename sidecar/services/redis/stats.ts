/**
 * GetStatistics and HealthCheck. Statistics describe the caller only: its own keys (SCAN under its
 * prefix) and the sidecar's own counters of its calls; Redis's server-wide INFO figures would tell
 * one tenant about the others' traffic, so they never appear there. HealthCheck is about Redis
 * itself and carries no tenant data.
 */
import { translateRedisError } from "../../backends/redis";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { CallContext, OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { redisPrefix, type Tenant } from "../../tenancy";
import { type RedisOps, timestamp } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

/**
 * GetStatistics looks at no more than this many of the caller's keys (SCAN, TYPE and MEMORY USAGE
 * each): beyond it, total_keys, key_type_distribution and memory_used_bytes describe the first
 * 10 000 keys found, so one call stays cheap for Redis whatever the caller holds.
 */
const MAX_SCANNED_KEYS = 10_000;
/** Keys asked about per pipeline round trip. */
const CHUNK = 500;
/** Callers whose counters are kept; the least recently active are forgotten first. */
const MAX_TRACKED_CALLERS = 10_000;

interface Counts {
  commands: number;
  hits: number;
  misses: number;
}

type Lookup = (request: unknown, response: unknown) => [hits: number, misses: number];
const byFound: Lookup = (_req, res) => ((res as { found?: boolean }).found ? [1, 0] : [0, 1]);

/** The reads that count towards hit_rate, and how each tells hits from misses. */
const LOOKUPS: Record<string, Lookup> = {
  Get: byFound,
  HGet: byFound,
  GetMultiple: (req, res) => {
    const found = (res as { values: unknown[] }).values.length;
    return [found, (req as { keys: unknown[] }).keys.length - found];
  },
};

type AnyRun = (request: unknown, ctx: CallContext, sink?: unknown) => Promise<unknown>;

/**
 * The sidecar's own counters per caller (org and user), since this process started: calls that
 * reached a handler, and hits and misses of lookups. Bounded by MAX_TRACKED_CALLERS.
 */
export class TenantCounters {
  private readonly byCaller = new Map<string, Counts>();
  /** The most recently active caller's counts: a steady caller is already at the recent end. */
  private newest: Counts | undefined;

  /**
   * Every operation wrapped so that its calls count for the caller. No extra async layer: the
   * count is taken before the handler runs, and only lookups wait for the response.
   */
  instrument<T extends object>(operations: T): T {
    const wrapped: Record<string, unknown> = {};
    for (const [name, op] of Object.entries(operations as Record<string, { run: AnyRun }>)) {
      const lookup = LOOKUPS[name];
      const run: AnyRun = lookup
        ? (request, ctx, sink) => {
            const counts = this.touch(ctx.identity);
            counts.commands++;
            return op.run(request, ctx, sink).then((response) => {
              const [hits, misses] = lookup(request, response);
              counts.hits += hits;
              counts.misses += misses;
              return response;
            });
          }
        : (request, ctx, sink) => {
            this.touch(ctx.identity).commands++;
            return op.run(request, ctx, sink);
          };
      wrapped[name] = { ...op, run };
    }
    return wrapped as T;
  }

  of(tenant: Tenant): Readonly<Counts> {
    return this.byCaller.get(redisPrefix(tenant)) ?? { commands: 0, hits: 0, misses: 0 };
  }

  /** The caller's counts, moved to the most recent end; the oldest caller goes when over the bound. */
  private touch(tenant: Tenant): Counts {
    const id = redisPrefix(tenant);
    const known = this.byCaller.get(id);
    if (known !== undefined && known === this.newest) return known;
    const counts = known ?? { commands: 0, hits: 0, misses: 0 };
    this.byCaller.delete(id);
    this.byCaller.set(id, counts);
    this.newest = counts;
    if (this.byCaller.size > MAX_TRACKED_CALLERS) this.byCaller.delete(this.byCaller.keys().next().value as string);
    return counts;
  }
}

/** TYPE and MEMORY USAGE of the keys, a chunk per round trip; keys gone meanwhile are left out. */
async function describeKeys(r: RedisOps, keys: string[]): Promise<{ types: Map<string, number>; bytes: number }> {
  const types = new Map<string, number>();
  let bytes = 0;
  for (let start = 0; start < keys.length; start += CHUNK) {
    const pipeline = r.client.pipeline();
    for (const key of keys.slice(start, start + CHUNK)) pipeline.type(key).call("MEMORY", "USAGE", key);
    const replies = (await pipeline.exec()) ?? [];
    for (let i = 0; i + 1 < replies.length; i += 2) {
      const [[typeErr, type], [, usage]] = [replies[i], replies[i + 1]];
      if (typeErr || type === "none") continue;
      types.set(String(type), (types.get(String(type)) ?? 0) + 1);
      bytes += Number(usage ?? 0);
    }
  }
  return { types, bytes };
}

/** INFO's `name:value` lines as a map. */
function parseInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split("\r\n")) {
    const at = line.indexOf(":");
    if (at > 0 && !line.startsWith("#")) fields.set(line.slice(0, at), line.slice(at + 1));
  }
  return fields;
}

async function deepCheck(r: RedisOps) {
  const info = parseInfo(await r.client.info());
  const loading = info.get("loading") === "1";
  return {
    healthy: !loading,
    redis_status: loading ? "loading" : "healthy",
    connected_clients: info.get("connected_clients") ?? "0",
    used_memory_bytes: info.get("used_memory") ?? "0",
    message: `redis ${info.get("redis_version") ?? "?"}, role ${info.get("role") ?? "?"}`,
  };
}

export function statsOperations(r: RedisOps, counters: TenantCounters) {
  return {
    GetStatistics: unary({
      run: async (_req, ctx) => {
        const keys = await r.scanPrefix(r.prefix(ctx), MAX_SCANNED_KEYS, ctx.signal);
        const { types, bytes } = await describeKeys(r, keys);
        const { commands, hits, misses } = counters.of(ctx.identity);
        return {
          total_keys: [...types.values()].reduce((a, b) => a + b, 0),
          memory_used_bytes: bytes,
          commands_processed: commands,
          // The sidecar multiplexes every caller over shared Redis connections: no connection is
          // any one caller's, and Redis's own count is server-wide, so there is nothing to report.
          connections_received: 0,
          hit_rate: hits + misses === 0 ? 0 : hits / (hits + misses),
          key_type_distribution: Object.fromEntries(types),
        };
      },
    }),
    /**
     * PING, and INFO when deep_check; `redis_status` "healthy" as the old service said. A health
     * check answers: Redis down is healthy=false with status OK and the reason in `message`, not
     * an error status.
     */
    HealthCheck: unary({
      run: async (req) => {
        const checked_at = timestamp(Date.now());
        try {
          const pong = await r.client.ping();
          if (req.deep_check) return { ...(await deepCheck(r)), checked_at };
          return {
            healthy: pong === "PONG",
            redis_status: pong === "PONG" ? "healthy" : "unhealthy",
            checked_at,
            message: pong,
          };
        } catch (err) {
          const reason = translateRedisError(err)?.message ?? "redis did not answer";
          return { healthy: false, redis_status: "down", checked_at, message: reason };
        }
      },
    }),
  } satisfies Partial<Ops>;
}
