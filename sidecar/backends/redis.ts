/**
 * The Redis connection: built only by the entry point, handed to the service as a narrow object.
 * Commands never queue while Redis is away (enableOfflineQueue: false), so a call fails at once
 * with UNAVAILABLE instead of hanging; the client reconnects forever in the background.
 */
import Redis, { type RedisOptions } from "ioredis";
import type { Logger } from "../../shared/logger";
import { redact } from "../config";
import { SidecarError } from "../errors";

export interface RedisBackend {
  readonly client: Redis;
  /** The connection in subscriber mode that every Subscribe stream shares; created on first use. */
  subscriber(): Redis;
  close(): Promise<void>;
}

const backoff = (attempt: number) => Math.min(100 * 2 ** Math.min(attempt, 5), 2000);

export function redisOptions(): RedisOptions {
  return {
    enableOfflineQueue: false,
    // A command already sent when the connection drops fails instead of being resent: a resend
    // could apply a write twice, and the caller is better served by UNAVAILABLE and its own retry.
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    // Commands issued in the same tick (many concurrent calls) leave in one write.
    enableAutoPipelining: true,
    retryStrategy: backoff,
    connectTimeout: 5000,
    lazyConnect: false,
  };
}

export function connectRedis(url: string, log: Logger, onStateChange: (up: boolean) => void): RedisBackend {
  const client = new Redis(url, { ...redisOptions(), connectionName: "isa-sidecar" });
  let subscriber: Redis | undefined;
  let up = false;
  const setUp = (next: boolean) => {
    if (next === up) return;
    up = next;
    log.info({ redis: redact(url), up }, next ? "redis connected" : "redis disconnected");
    onStateChange(next);
  };
  client.on("ready", () => setUp(true));
  client.on("close", () => setUp(false));
  client.on("error", (err) => log.debug({ err: err.message }, "redis connection error"));
  return {
    client,
    subscriber() {
      if (!subscriber) {
        // The subscription hub sends only while the connection is ready, in order; ioredis renews
        // confirmed subscriptions on reconnect. No auto-pipelining: ioredis pipelines PUNSUBSCRIBE
        // (not SUBSCRIBE), which would send it a tick after a PSUBSCRIBE asked for later.
        subscriber = new Redis(url, {
          ...redisOptions(),
          enableOfflineQueue: true,
          enableAutoPipelining: false,
          autoResubscribe: true,
          connectionName: "isa-sidecar-sub",
        });
        subscriber.on("error", (err) => log.debug({ err: err.message }, "redis subscriber error"));
      }
      return subscriber;
    },
    async close() {
      await Promise.allSettled([client.quit(), subscriber?.quit()]);
      client.disconnect();
      subscriber?.disconnect();
    },
  };
}

const UNAVAILABLE_PATTERNS = [
  /Stream isn't writeable/,
  /Connection is closed/,
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH/,
  // A command pending when the connection failed (ioredis's MaxRetriesPerRequestError, AbortError).
  /max retries per request|Command aborted due to connection close|Ready check failed/i,
  /LOADING|MASTERDOWN|TRYAGAIN|CLUSTERDOWN/,
];

/** Redis errors by meaning: unreachable → unavailable, wrong data shape → failed_precondition. */
export function translateRedisError(err: unknown): SidecarError | undefined {
  if (!(err instanceof Error)) return undefined;
  const message = err.message;
  if (UNAVAILABLE_PATTERNS.some((p) => p.test(message))) return new SidecarError("unavailable", "redis unavailable");
  if (message.startsWith("WRONGTYPE")) {
    return new SidecarError("failed_precondition", "the key holds a different kind of value");
  }
  if (/no such key/i.test(message)) return new SidecarError("not_found", "no such key");
  if (/not an integer|not a valid float|overflow/i.test(message)) {
    return new SidecarError("failed_precondition", "the stored value is not a number, or the result overflows");
  }
  if (/OOM/.test(message)) return new SidecarError("resource_exhausted", "redis is out of memory");
  return undefined;
}
