/** Flags and config of the Redis service, and its construction. */
import { Option } from "commander";
import { connectRedis } from "../../backends/redis";
import { ConfigError, parseInteger, parseUrl } from "../../config";
import type { ServicePlugin } from "../service";
import type { RedisLimits } from "./context";
import { createRedisService, REDIS_SERVICE } from "./index";

export interface RedisConfig extends RedisLimits {
  url: string;
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

export const redisPlugin: ServicePlugin<RedisConfig> = {
  name: REDIS_SERVICE,
  proto: "isa/redis.proto",
  options: () => [
    new Option(
      "--redis-url <url>",
      "Redis (default from ISA_CLOUD_REDIS_HOST/_PORT/_PASSWORD/_DATABASE, else redis://127.0.0.1:6379)",
    ),
    new Option("--max-key-bytes <n>", "longest key or name accepted").env("ISA_SIDECAR_MAX_KEY_BYTES").default("1024"),
    new Option("--max-value-bytes <n>", "largest value accepted in one call")
      .env("ISA_SIDECAR_MAX_VALUE_BYTES")
      .default(String(1024 * 1024)),
    new Option("--redis-max-items <n>", "most values or members one call sends, and most items one answer holds")
      .env("ISA_SIDECAR_REDIS_MAX_ITEMS")
      .default("10000"),
  ],
  resolve: (o, env) => ({
    url: resolveRedisUrl(o.redisUrl as string | undefined, env),
    maxKeyBytes: parseInteger("--max-key-bytes", String(o.maxKeyBytes), 1, 512 * 1024 * 1024),
    maxValueBytes: parseInteger("--max-value-bytes", String(o.maxValueBytes), 1, 512 * 1024 * 1024),
    maxItems: parseInteger("--redis-max-items", String(o.redisMaxItems), 1, 1_000_000),
  }),
  create: (config, runtime) =>
    createRedisService(connectRedis(config.url, runtime.log, runtime.setServing), config, runtime.log),
};
