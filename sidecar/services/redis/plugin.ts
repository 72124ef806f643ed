/** Flags and config of the Redis service, and its construction. */
import { Option } from "commander";
import { connectRedis, type RedisTarget } from "../../backends/redis";
import { ConfigError, parseHostPort, parseInteger, parseUrl } from "../../config";
import type { ServicePlugin } from "../service";
import type { RedisLimits } from "./context";
import { createRedisService, REDIS_SERVICE } from "./index";

export interface RedisConfig extends RedisLimits {
  target: RedisTarget;
}

/**
 * `--redis-url` wins; else the seed's ISA_CLOUD_REDIS_HOST/_PORT/_PASSWORD/_DATABASE; else local
 * Redis. ISA_CLOUD_REDIS_PASSWORD also fills a URL that has no password; it is put into the URL
 * here and never logged.
 */
function resolveRedisUrl(flagValue: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flagValue) {
    parseUrl("--redis-url", flagValue, ["redis:", "rediss:"]);
    // The injector passes the URL as a flag and the password from a Secret as env: join them.
    const url = new URL(flagValue);
    if (url.password || !env.ISA_CLOUD_REDIS_PASSWORD) return flagValue;
    url.password = env.ISA_CLOUD_REDIS_PASSWORD;
    return url.toString();
  }
  const host = env.ISA_CLOUD_REDIS_HOST || "127.0.0.1";
  const port = env.ISA_CLOUD_REDIS_PORT || "6379";
  parseInteger("ISA_CLOUD_REDIS_PORT", port, 1, 65535);
  const db = env.ISA_CLOUD_REDIS_DATABASE || "0";
  parseInteger("ISA_CLOUD_REDIS_DATABASE", db, 0, 1_000_000);
  if (/[/@?#\s]/.test(host)) throw new ConfigError("ISA_CLOUD_REDIS_HOST", `"${host}" is not a host name`);
  let url: URL;
  try {
    url = new URL(`redis://${host.includes(":") ? `[${host}]` : host}:${port}/${db}`);
  } catch {
    throw new ConfigError("ISA_CLOUD_REDIS_HOST", `"${host}" is not a host name`);
  }
  if (env.ISA_CLOUD_REDIS_PASSWORD) url.password = env.ISA_CLOUD_REDIS_PASSWORD;
  return url.toString();
}

type ClusterTarget = Extract<RedisTarget, { kind: "cluster" }>;

/**
 * `--redis-cluster`: seed nodes, each `host:port` or a `redis://`/`rediss://` URL carrying the
 * credentials and TLS choice (as --redis-url does); every URL must agree on them.
 * ISA_CLOUD_REDIS_PASSWORD fills a missing password, as for --redis-url.
 */
export function resolveRedisCluster(flag: string, value: string, env: NodeJS.ProcessEnv): ClusterTarget {
  const entries = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new ConfigError(flag, "no node given");
  const target: ClusterTarget = { kind: "cluster", nodes: [], tls: false };
  let auth: string | undefined;
  for (const entry of entries) {
    if (!entry.includes("://")) {
      target.nodes.push(parseHostPort(flag, entry));
      continue;
    }
    parseUrl(flag, entry, ["redis:", "rediss:"]);
    const url = new URL(entry);
    const mine = `${url.protocol}${url.username}:${url.password}`;
    if (auth !== undefined && auth !== mine)
      throw new ConfigError(flag, "the nodes' URLs disagree on scheme or credentials");
    auth = mine;
    target.tls = url.protocol === "rediss:";
    target.username = url.username ? decodeURIComponent(url.username) : undefined;
    target.password = url.password ? decodeURIComponent(url.password) : undefined;
    target.nodes.push(parseHostPort(flag, url.host));
  }
  target.password ??= env.ISA_CLOUD_REDIS_PASSWORD || undefined;
  return target;
}

function resolveRedisTarget(o: Record<string, unknown>, env: NodeJS.ProcessEnv): RedisTarget {
  const cluster = o.redisCluster as string | undefined;
  if (cluster === undefined) return { kind: "single", url: resolveRedisUrl(o.redisUrl as string | undefined, env) };
  if (o.redisUrl) throw new ConfigError("--redis-cluster", "give --redis-url or --redis-cluster, not both");
  return resolveRedisCluster("--redis-cluster", cluster, env);
}

export const redisPlugin: ServicePlugin<RedisConfig> = {
  name: REDIS_SERVICE,
  proto: "isa/redis.proto",
  options: () => [
    new Option(
      "--redis-url <url>",
      "Redis (default from ISA_CLOUD_REDIS_HOST/_PORT/_PASSWORD/_DATABASE, else redis://127.0.0.1:6379)",
    ),
    new Option(
      "--redis-cluster <host:port,...>",
      "Redis Cluster seed nodes (host:port or redis[s]://[user:pass@]host:port); keys get a per-caller hash tag",
    ).env("ISA_CLOUD_REDIS_CLUSTER_NODES"),
    new Option("--max-key-bytes <n>", "longest key or name accepted").env("ISA_SIDECAR_MAX_KEY_BYTES").default("1024"),
    new Option("--max-value-bytes <n>", "largest value accepted in one call")
      .env("ISA_SIDECAR_MAX_VALUE_BYTES")
      .default(String(1024 * 1024)),
    new Option("--redis-max-items <n>", "most values or members one call sends, and most items one answer holds")
      .env("ISA_SIDECAR_REDIS_MAX_ITEMS")
      .default("10000"),
  ],
  resolve: (o, env) => ({
    target: resolveRedisTarget(o, env),
    maxKeyBytes: parseInteger("--max-key-bytes", String(o.maxKeyBytes), 1, 512 * 1024 * 1024),
    maxValueBytes: parseInteger("--max-value-bytes", String(o.maxValueBytes), 1, 512 * 1024 * 1024),
    maxItems: parseInteger("--redis-max-items", String(o.redisMaxItems), 1, 1_000_000),
  }),
  create: (config, runtime) =>
    createRedisService(connectRedis(config.target, runtime.log, runtime.setServing), config, runtime.log),
};
