/**
 * Subscribe and QueueSubscribe as server streams, and Unsubscribe. Each stream has a bounded
 * buffer: a reader that falls behind by more than the limit gets RESOURCE_EXHAUSTED and its
 * subscription ends, so a slow reader never makes the sidecar's memory grow without bound.
 * On a NATS restart the client resubscribes by itself, so open streams resume (messages published
 * while NATS was down are not delivered: core NATS is at most once).
 */
import type { Msg } from "nats";
import { invalidArgument, unavailable } from "../../errors";
import type { MessageResponse } from "../../generated/isa/nats/MessageResponse";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, type StreamSink, serverStream, unary } from "../../operation";
import { checkSubject } from "../../tenancy";
import { boundedSender } from "./bounded";
import { headersOut, type NatsOps, timestamp } from "./context";

type Ops = OperationsOf<NATSServiceHandlers>;

const MAX_QUEUE_GROUP = 256;

function checkQueueGroup(group: string): string {
  if (group.length > MAX_QUEUE_GROUP) throw invalidArgument(`queue_group is longer than ${MAX_QUEUE_GROUP}`);
  if (/\s/.test(group)) throw invalidArgument("queue_group has whitespace");
  return group;
}

/** Streams messages until the caller cancels, Unsubscribe ends it, or the reader falls behind. */
function stream(n: NatsOps, ctx: CallContext, sink: StreamSink<MessageResponse>, subject: string, queue: string) {
  const backendSubject = n.subject(ctx, subject, true);
  const nc = n.backend.connection();
  const send = boundedSender(sink, n.limits);
  return new Promise<void>((resolve, reject) => {
    let sequence = 0;
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      sub.unsubscribe();
      unregister();
      if (err) reject(err);
      else resolve();
    };
    const deliver = (m: Msg) => {
      try {
        send(message(n, ctx, m, ++sequence), m.data.length);
        n.traffic.received(ctx.identity.org, m.data.length);
      } catch (err) {
        finish(err as Error);
      }
    };
    const sub = nc.subscribe(backendSubject, {
      queue: queue === "" ? undefined : queue,
      callback: (err, m) => (err ? finish(err) : done ? undefined : deliver(m)),
    });
    const unregister = n.subscriptions.add(ctx.identity, subject, () => finish());
    if (ctx.signal.aborted) finish();
    ctx.signal.addEventListener("abort", () => finish(), { once: true });
    // Only a connection closed for good (the sidecar stopping) closes a subscription we did not end.
    void sub.closed.then(() => finish(unavailable("nats connection closed")));
  });
}

function message(n: NatsOps, ctx: CallContext, m: Msg, sequence: number): MessageResponse {
  return {
    subject: n.strip(ctx, m.subject),
    data: m.data,
    headers: headersOut(m.headers),
    reply_to: n.ownSubject(ctx, m.reply),
    timestamp: timestamp(Date.now()),
    sequence: String(sequence),
  };
}

export function subscriptionOperations(n: NatsOps) {
  return {
    Subscribe: serverStream({
      resource: (req) => req.subject,
      run: (req, ctx, sink) => stream(n, ctx, sink, req.subject, checkQueueGroup(req.queue_group)),
    }),
    QueueSubscribe: serverStream({
      resource: (req) => `${req.subject} (${req.queue_group})`,
      run: (req, ctx, sink) => {
        if (req.queue_group === "") throw invalidArgument("queue_group is required");
        return stream(n, ctx, sink, req.subject, checkQueueGroup(req.queue_group));
      },
    }),
    Unsubscribe: unary({
      resource: (req) => req.subject,
      // Idempotent, as NATS itself and the old service: success means "no longer subscribed",
      // which also holds when nothing of the caller's was open.
      run: async (req, ctx) => {
        checkSubject(req.subject, true);
        n.subscriptions.end(ctx.identity, req.subject);
        return { success: true };
      },
    }),
  } satisfies Partial<Ops>;
}
