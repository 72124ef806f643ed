/**
 * The Redis connection: built only by the entry point, handed to the service as a narrow object.
 * Commands never queue while Redis is away (enableOfflineQueue: false), so a call fails at once
 * with UNAVAILABLE instead of hanging; the client reconnects forever in the background.
 */
import Redis, { Cluster, type ClusterOptions, type RedisOptions } from "ioredis";
import { type Logger, rateLimitedWarning } from "../../shared/logger";
import { redact } from "../config";
import { SidecarError } from "../errors";
import type { RedisLayout } from "../tenancy";

/** One Redis server, or a Redis Cluster through its seed nodes. */
export type RedisTarget =
  | { kind: "single"; url: string }
  | {
      kind: "cluster";
      nodes: { host: string; port: number }[];
      username?: string;
      password?: string;
      tls: boolean;
    };

/** What the handlers call: a server and a cluster answer the same commands. */
export type RedisClient = Redis | Cluster;

export interface RedisBackend {
  readonly client: RedisClient;
  readonly layout: RedisLayout;
  /**
   * The connections to scan for keys: the server, or every master of the cluster. Throws
   * UNAVAILABLE while the cluster client is not ready (never connected: no slot map, no masters).
   */
  masters(): Redis[];
  /** The connection in subscriber mode that every Subscribe stream shares; created on first use. */
  subscriber(): RedisClient;
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

/**
 * The cluster client fails fast like the single one: no offline queue, no waiting retries while a
 * master is down (retryDelayOn* 0), so calls answer UNAVAILABLE until a replica has taken over.
 * MOVED redirections after a failover are still followed; the slot map is refreshed every second,
 * so a promoted replica is found soon even by a connection that saw no MOVED.
 */
export function clusterOptions(target: Extract<RedisTarget, { kind: "cluster" }>, name: string): ClusterOptions {
  return {
    enableOfflineQueue: false,
    enableAutoPipelining: true,
    clusterRetryStrategy: backoff,
    retryDelayOnFailover: 0,
    retryDelayOnClusterDown: 0,
    retryDelayOnTryAgain: 0,
    slotsRefreshInterval: 1000,
    slotsRefreshTimeout: 1000,
    scaleReads: "master",
    redisOptions: {
      autoResendUnfulfilledCommands: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 5000,
      connectionName: name,
      username: target.username,
      password: target.password,
      tls: target.tls ? {} : undefined,
    },
  };
}

/** The target for logs: the URL without its password, or the cluster's seed nodes. */
export function describeTarget(target: RedisTarget): string {
  if (target.kind === "single") return redact(target.url);
  return `cluster ${target.nodes.map((n) => `${n.host}:${n.port}`).join(",")}${target.tls ? " (tls)" : ""}`;
}

function connect(target: RedisTarget, name: string, overrides: Partial<RedisOptions & ClusterOptions> = {}) {
  if (target.kind === "single") return new Redis(target.url, { ...redisOptions(), connectionName: name, ...overrides });
  return new Cluster(target.nodes, { ...clusterOptions(target, name), ...overrides });
}

const CONNECTION_WARN_EVERY_MS = 60_000;

/**
 * What failed: the cluster client reports only that it could not refresh its slot map; the node's
 * own answer (WRONGPASS, NOAUTH) is in `lastNodeError`. (A TLS failure there reads only
 * "Connection is closed": ioredis drops the handshake error of its slot-map connection.)
 */
function connectionCause(err: Error & { lastNodeError?: Error }): { err: string; cause?: string } {
  return { err: err.message, ...(err.lastNodeError ? { cause: err.lastNodeError.message } : {}) };
}

export function connectRedis(target: RedisTarget, log: Logger, onStateChange: (up: boolean) => void): RedisBackend {
  const client = connect(target, "isa-sidecar");
  let subscriber: RedisClient | undefined;
  let up = false;
  const setUp = (next: boolean) => {
    if (next === up) return;
    up = next;
    log.info({ redis: describeTarget(target), up }, next ? "redis connected" : "redis disconnected");
    onStateChange(next);
  };
  client.on("ready", () => setUp(true));
  client.on("close", () => setUp(false));
  // A cause that will not pass by itself (a wrong password, an untrusted certificate) must be
  // visible at the default level; reconnects repeat it, so at most one line a minute.
  const warnConnection = rateLimitedWarning(log, "redis connection error", CONNECTION_WARN_EVERY_MS);
  client.on("error", (err) => warnConnection({ redis: describeTarget(target), ...connectionCause(err) }));
  // A cluster node's own failure comes first, before the cluster's "error".
  client.on("node error", (err: Error, node: string) => warnConnection({ node, ...connectionCause(err) }));
  return {
    client,
    layout: target.kind,
    masters() {
      if (!(client instanceof Cluster)) return [client];
      // A scan of no masters would answer OK with no keys, e.g. ListKeys with a wrong password.
      if (client.status !== "ready") throw new SidecarError("unavailable", "redis unavailable");
      return client.nodes("master");
    },
    subscriber() {
      if (!subscriber) {
        // The subscription hub sends only while the connection is ready, in order; ioredis renews
        // confirmed subscriptions on reconnect (on a cluster, on another node when its node
        // fails: PUBLISH reaches every node). No auto-pipelining: ioredis pipelines PUNSUBSCRIBE
        // (not SUBSCRIBE), which would send it a tick after a PSUBSCRIBE asked for later.
        subscriber = connect(target, "isa-sidecar-sub", {
          enableOfflineQueue: true,
          enableAutoPipelining: false,
          autoResubscribe: true,
        });
        subscriber.on("error", (err) => log.debug({ ...connectionCause(err) }, "redis subscriber error"));
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
  // The cluster client: no node reachable yet, a slot's master gone, redirections that ran out.
  /Cluster isn't ready|None of startup nodes is available|Failed to refresh slots cache|Too many Cluster redirections/,
  // A redirection ioredis did not follow (an auto-pipelined batch is retried only when every
  // reply agrees): the slot map is stale during a failover or resharding and is refreshed every second.
  /^(?:MOVED|ASK) \d+ /,
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
