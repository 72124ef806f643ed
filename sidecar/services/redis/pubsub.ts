/**
 * Pub/sub confined to the caller's channels: a channel is named like a key (`{org}:{user}:{name}`),
 * so a publisher of another tenant using the same name reaches other subscribers, never these.
 * Every Subscribe stream shares one subscriber connection (SubscriptionHub).
 */
import { resourceExhausted, type SidecarError, unavailable } from "../../errors";
import type { MessageResponse } from "../../generated/isa/redis/MessageResponse";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf, StreamSink } from "../../operation";
import { serverStream, unary } from "../../operation";
import { type RedisLayout, redisKey, redisPrefix, stripRedisKey, type Tenant } from "../../tenancy";
import { checkCount, nonEmpty, type RedisOps, timestamp } from "./context";
import type { SubscriptionHub, SubscriptionKind } from "./subscriptions";

type Ops = OperationsOf<RedisServiceHandlers>;

const MAX_CHANNELS_PER_STREAM = 100;
const MAX_STREAMS_PER_CALLER = 100;
/**
 * How far a stream may fall behind before it is ended with RESOURCE_EXHAUSTED: a reader slower
 * than its publishers would otherwise make the sidecar hold messages without bound.
 */
const MAX_WAITING_MESSAGES = 1000;
const MAX_WAITING_BYTES = 32 * 1024 * 1024;

/** Names with a glob character are patterns (PSUBSCRIBE); the prefix before them stays literal. */
const GLOB = /[*?[]/;

interface Waiting {
  readonly message: MessageResponse;
  readonly bytes: number;
}

/** One Subscribe stream: its subscriptions in the hub, and the messages waiting for the transport. */
class ChannelStream {
  /** By the caller's name: the hub's kind and the backend (prefixed) name. */
  private readonly subscriptions = new Map<string, { kind: SubscriptionKind; name: string }>();
  private waiting: Waiting[] = [];
  private waitingBytes = 0;
  private sending = false;
  private ended = false;
  private settle: (err?: SidecarError) => void = () => undefined;
  readonly done: Promise<void>;

  constructor(
    private readonly hub: SubscriptionHub,
    private readonly tenant: Tenant,
    private readonly layout: RedisLayout,
    private readonly sink: StreamSink<MessageResponse>,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = (err) => (err ? reject(err) : resolve());
    });
    // The stream may end with an error before anyone awaits `done`: that is not an unhandled rejection.
    this.done.catch(() => undefined);
  }

  /** Resolves once Redis confirmed every subscription. */
  async subscribe(names: string[]): Promise<void> {
    const confirmations: Promise<void>[] = [];
    for (const name of names) {
      if (this.ended) break;
      const sub = {
        kind: GLOB.test(name) ? "pattern" : "channel",
        name: redisKey(this.tenant, name, this.layout),
      } as const;
      this.subscriptions.set(name, sub);
      confirmations.push(this.hub.add(sub.kind, sub.name, this.deliver));
    }
    // A stream already ended (Unsubscribe, the caller gone) keeps the status it ended with.
    await Promise.all(confirmations).catch((err) => {
      if (!this.ended) throw err;
    });
  }

  /** Leaves the given channels (by the caller's names); a stream left with none ends, OK. */
  drop(names: string[]): void {
    for (const name of names) {
      const sub = this.subscriptions.get(name);
      if (!sub) continue;
      this.hub.remove(sub.kind, sub.name, this.deliver);
      this.subscriptions.delete(name);
    }
    if (this.subscriptions.size === 0) this.end();
  }

  end(err?: SidecarError): void {
    if (this.ended) return;
    this.ended = true;
    for (const sub of this.subscriptions.values()) this.hub.remove(sub.kind, sub.name, this.deliver);
    this.subscriptions.clear();
    this.waiting = [];
    this.settle(err);
  }

  private readonly deliver = (channel: string, message: string): void => {
    if (this.ended) return;
    const bytes = Buffer.byteLength(message) + channel.length;
    const behind = this.waiting.length + this.sink.pending();
    if (behind >= MAX_WAITING_MESSAGES || this.waitingBytes + bytes > MAX_WAITING_BYTES) {
      this.end(resourceExhausted(`the subscriber fell too far behind (${behind} messages waiting); stream ended`));
      return;
    }
    const named = {
      channel: stripRedisKey(this.tenant, channel, this.layout),
      message,
      timestamp: timestamp(Date.now()),
    };
    this.waiting.push({ message: named, bytes });
    this.waitingBytes += bytes;
    if (!this.sending) void this.pump();
  };

  /** Sends in order, one at a time, waiting for the transport: what waits is only in `waiting`. */
  private async pump(): Promise<void> {
    this.sending = true;
    for (let next = this.waiting.shift(); next && !this.ended; next = this.waiting.shift()) {
      this.waitingBytes -= next.bytes;
      await this.sink.send(next.message);
    }
    this.sending = false;
  }
}

/** The open streams of each caller, so Unsubscribe (a separate call) can reach them. */
class OpenStreams {
  private readonly byCaller = new Map<string, Set<ChannelStream>>();

  add(caller: string, stream: ChannelStream): void {
    const streams = this.byCaller.get(caller) ?? new Set();
    if (streams.size >= MAX_STREAMS_PER_CALLER) {
      throw resourceExhausted(`at most ${MAX_STREAMS_PER_CALLER} Subscribe streams per caller`);
    }
    streams.add(stream);
    this.byCaller.set(caller, streams);
  }

  delete(caller: string, stream: ChannelStream): void {
    const streams = this.byCaller.get(caller);
    streams?.delete(stream);
    if (streams?.size === 0) this.byCaller.delete(caller);
  }

  of(caller: string): ChannelStream[] {
    return [...(this.byCaller.get(caller) ?? [])];
  }
}

function channelNames(r: RedisOps, channels: string[], max = Number.POSITIVE_INFINITY): string[] {
  const names = [...new Set(channels.map((c) => r.name(c, "channel")))];
  checkCount(names.length, max, "channels");
  return names;
}

export function pubsubOperations(r: RedisOps, hub: SubscriptionHub) {
  const open = new OpenStreams();
  return {
    Publish: unary({
      resource: (req) => req.channel,
      run: async (req, ctx) => {
        const count = await r.client.publish(r.key(ctx, req.channel, "channel"), r.value(req.message, "message"));
        return { subscriber_count: count };
      },
    }),
    Subscribe: serverStream({
      resource: (req) => req.channels.join(","),
      run: async (req, ctx, sink) => {
        const names = channelNames(r, nonEmpty(req.channels, "channels"), MAX_CHANNELS_PER_STREAM);
        // The subscriber connection would queue SUBSCRIBE until Redis is back: answer now instead.
        if (r.client.status !== "ready") throw unavailable("redis unavailable");
        const caller = redisPrefix(ctx.identity);
        const stream = new ChannelStream(hub, ctx.identity, r.layout, sink);
        open.add(caller, stream);
        const cancel = () => stream.end();
        ctx.signal.addEventListener("abort", cancel, { once: true });
        try {
          if (!ctx.signal.aborted) await stream.subscribe(names);
          await stream.done;
        } finally {
          ctx.signal.removeEventListener("abort", cancel);
          stream.end();
          open.delete(caller, stream);
        }
      },
    }),
    Unsubscribe: unary({
      resource: (req) => req.channels.join(","),
      // Ends or narrows the caller's streams on this sidecar. Success means "no longer subscribed
      // to these", which holds also when no stream matched, so it is always true.
      run: async (req, ctx) => {
        const names = channelNames(r, req.channels);
        for (const stream of open.of(redisPrefix(ctx.identity))) {
          if (names.length === 0) stream.end();
          else stream.drop(names);
        }
        return { success: true };
      },
    }),
  } satisfies Partial<Ops>;
}
