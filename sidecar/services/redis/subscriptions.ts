/**
 * The one Redis subscriber connection every Subscribe stream of the sidecar shares, with a
 * reference count per channel and per pattern: Redis is asked to SUBSCRIBE when the first stream
 * wants a channel and to UNSUBSCRIBE when the last one leaves, so a thousand streams cost one
 * connection and Redis never keeps sending what nobody reads.
 *
 * (Un)subscribe commands leave strictly in the order they were asked for, and only while the
 * connection is ready. ioredis would write them during its handshake (they are allowed while
 * Redis loads) ahead of commands it queued before: an UNSUBSCRIBE could overtake its SUBSCRIBE,
 * and a confirmed subscription before the ready check turns the check into an error that fails
 * every queued command.
 */
import type { RedisBackend, RedisClient } from "../../backends/redis";
import { unavailable } from "../../errors";

/** Receives the backend channel name (still prefixed) and the message. */
export type Delivery = (channel: string, message: string) => void;

export type SubscriptionKind = "channel" | "pattern";

interface Entry {
  readonly listeners: Set<Delivery>;
  /** Settles when Redis confirmed (or refused) the subscription. */
  readonly confirmed: Promise<unknown>;
}

interface Command {
  readonly kind: SubscriptionKind;
  readonly name: string;
  readonly subscribe: boolean;
  readonly settle: { resolve(value: unknown): void; reject(err: unknown): void };
}

export class SubscriptionHub {
  private connection?: RedisClient;
  private readonly entries: Record<SubscriptionKind, Map<string, Entry>> = {
    channel: new Map(),
    pattern: new Map(),
  };
  /** Commands asked for and not yet written, in order. */
  private waiting: Command[] = [];

  constructor(private readonly backend: RedisBackend) {}

  /** The shared connection, created on first use with its events wired once. */
  private get redis(): RedisClient {
    if (!this.connection) {
      const connection = this.backend.subscriber();
      connection.on("message", (channel: string, message: string) =>
        this.deliver("channel", channel, channel, message),
      );
      connection.on("pmessage", (pattern: string, channel: string, message: string) =>
        this.deliver("pattern", pattern, channel, message),
      );
      connection.on("ready", () => this.flush());
      // A connection attempt that failed: what waits for it is answered now, as any Redis call is.
      connection.on("close", () => this.failWaiting());
      this.connection = connection;
    }
    return this.connection;
  }

  /**
   * Adds a listener; resolves once Redis confirmed the subscription, so a message published after
   * that reaches it. Every `add` must be paired with a `remove`, also when it rejects.
   */
  async add(kind: SubscriptionKind, name: string, listener: Delivery): Promise<void> {
    const map = this.entries[kind];
    let entry = map.get(name);
    if (!entry) {
      entry = { listeners: new Set(), confirmed: this.send(kind, name, true) };
      map.set(name, entry);
      const created = entry;
      // A refused subscription is forgotten, so the next stream asks Redis again.
      created.confirmed.catch(() => {
        if (map.get(name) === created) map.delete(name);
      });
    }
    entry.listeners.add(listener);
    await entry.confirmed;
  }

  remove(kind: SubscriptionKind, name: string, listener: Delivery): void {
    const map = this.entries[kind];
    const entry = map.get(name);
    if (!entry?.listeners.delete(listener) || entry.listeners.size > 0) return;
    map.delete(name);
    this.send(kind, name, false).catch(() => undefined);
  }

  /** Forgets every listener; the connection itself is closed with the backend. */
  close(): void {
    this.entries.channel.clear();
    this.entries.pattern.clear();
  }

  private send(kind: SubscriptionKind, name: string, subscribe: boolean): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ kind, name, subscribe, settle: { resolve, reject } });
      this.flush();
    });
  }

  /** Writes the waiting commands in order while the connection is ready. */
  private flush(): void {
    const redis = this.redis;
    while (redis.status === "ready" && this.waiting.length > 0) {
      const c = this.waiting.shift()!;
      const sent = c.subscribe
        ? c.kind === "channel"
          ? redis.subscribe(c.name)
          : redis.psubscribe(c.name)
        : c.kind === "channel"
          ? redis.unsubscribe(c.name)
          : redis.punsubscribe(c.name);
      sent.then(c.settle.resolve, c.settle.reject);
    }
  }

  /**
   * Subscriptions still waiting fail UNAVAILABLE (their streams end and leave). Unsubscriptions
   * keep waiting: one whose subscription Redis had confirmed is renewed on reconnect by ioredis.
   */
  private failWaiting(): void {
    const failed = this.waiting.filter((c) => c.subscribe);
    this.waiting = this.waiting.filter((c) => !c.subscribe);
    for (const c of failed) c.settle.reject(unavailable("redis unavailable"));
  }

  private deliver(kind: SubscriptionKind, name: string, channel: string, message: string): void {
    for (const listener of this.entries[kind].get(name)?.listeners ?? []) listener(channel, message);
  }
}
