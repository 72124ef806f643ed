/**
 * The one Redis subscriber connection every Subscribe stream of the sidecar shares, with a
 * reference count per channel and per pattern: Redis is asked to SUBSCRIBE when the first stream
 * wants a channel and to UNSUBSCRIBE when the last one leaves, so a thousand streams cost one
 * connection and Redis never keeps sending what nobody reads.
 */
import type Redis from "ioredis";
import type { RedisBackend } from "../../backends/redis";

/** Receives the backend channel name (still prefixed) and the message. */
export type Delivery = (channel: string, message: string) => void;

export type SubscriptionKind = "channel" | "pattern";

interface Entry {
  readonly listeners: Set<Delivery>;
  /** Settles when Redis confirmed (or refused) the subscription. */
  readonly confirmed: Promise<unknown>;
}

export class SubscriptionHub {
  private connection?: Redis;
  private readonly entries: Record<SubscriptionKind, Map<string, Entry>> = {
    channel: new Map(),
    pattern: new Map(),
  };

  constructor(private readonly backend: RedisBackend) {}

  /** The shared connection, created on first use with the two message events wired once. */
  private get redis(): Redis {
    if (!this.connection) {
      const connection = this.backend.subscriber();
      connection.on("message", (channel: string, message: string) =>
        this.deliver("channel", channel, channel, message),
      );
      connection.on("pmessage", (pattern: string, channel: string, message: string) =>
        this.deliver("pattern", pattern, channel, message),
      );
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
      const confirmed = kind === "channel" ? this.redis.subscribe(name) : this.redis.psubscribe(name);
      entry = { listeners: new Set(), confirmed };
      map.set(name, entry);
    }
    entry.listeners.add(listener);
    await entry.confirmed;
  }

  remove(kind: SubscriptionKind, name: string, listener: Delivery): void {
    const map = this.entries[kind];
    const entry = map.get(name);
    if (!entry?.listeners.delete(listener) || entry.listeners.size > 0) return;
    map.delete(name);
    // Commands on one connection run in order, so a SUBSCRIBE sent after this one still holds.
    const left = kind === "channel" ? this.redis.unsubscribe(name) : this.redis.punsubscribe(name);
    left.catch(() => undefined);
  }

  /** Forgets every listener; the connection itself is closed with the backend. */
  close(): void {
    this.entries.channel.clear();
    this.entries.pattern.clear();
  }

  private deliver(kind: SubscriptionKind, name: string, channel: string, message: string): void {
    for (const listener of this.entries[kind].get(name)?.listeners ?? []) listener(channel, message);
  }
}
