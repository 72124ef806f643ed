/**
 * Publishing into a stream and pulling from its consumers. PullMessages keeps every delivery it
 * hands out until the caller acks or nakks it by stream sequence (see delivered.ts); a message
 * nobody acks is redelivered by JetStream after the consumer's ack wait: at least once.
 */
import { AckPolicy, type ConsumerInfo, ErrorCode, type JsMsg, NatsError } from "nats";
import { MAX_TIMER_MS } from "../../../shared/timers";
import { translateNatsError } from "../../backends/nats";
import { invalidArgument, notFound, resourceExhausted, type SidecarError, unavailable } from "../../errors";
import type { JetStreamMessage } from "../../generated/isa/nats/JetStreamMessage";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import { consumerNames } from "./consumers";
import { durationMs, headersIn, headersOut, int64, type NatsOps, timestamp, timestampFromNanos } from "./context";
import { fetchBatch } from "./fetch";

type Ops = OperationsOf<NATSServiceHandlers>;

/** NATS subject matching: `*` is one token, `>` the rest (at least one token). */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === ">") return s.length > i;
    if (i >= s.length || (p[i] !== "*" && p[i] !== s[i])) return false;
  }
  return p.length === s.length;
}

/**
 * No stream answered a publish. Either no stream of the org captures the subject (NOT_FOUND), or
 * one does but JetStream has not loaded it yet, as right after a NATS restart: that is UNAVAILABLE,
 * so a retrying caller is not told its stream is gone. One extra round trip, on this error only.
 */
async function whyNoStream(n: NatsOps, stream: string, subject: string, asGiven: string): Promise<SidecarError> {
  const missing = notFound(`no stream of this organization captures subject "${asGiven}"`);
  try {
    const info = await n.backend.manager().streams.info(stream);
    return info.config.subjects?.some((p) => subjectMatches(p, subject)) ? notReady() : missing;
  } catch (err) {
    return translateNatsError(err)?.kind === "not_found" ? missing : notReady();
  }
}

const notReady = () => unavailable("JetStream has not loaded this stream yet (NATS restarting?); retry");

const MAX_BATCH = 1000;
/** Kept back from the caller's deadline, so the answer still reaches it. */
const DEADLINE_MARGIN_MS = 100;

function waitMs(ctx: CallContext, maxWaitMs: number): number {
  const left = ctx.deadline - Date.now() - DEADLINE_MARGIN_MS;
  return Math.max(0, Math.min(maxWaitMs, left, MAX_TIMER_MS));
}

interface PullSpec {
  stream: string;
  consumer: string;
  batch: number;
  waitMs: number;
}

/**
 * What is there now, up to `batch`; when nothing is, waits up to `waitMs` for the first message
 * and then takes what else is there. The caller never waits for a full batch that is not coming.
 */
async function pull(n: NatsOps, p: PullSpec, signal: AbortSignal): Promise<JsMsg[]> {
  const nc = n.backend.connection();
  const { stream, consumer } = p;
  const now = await fetchBatch(nc, { stream, consumer, batch: p.batch, expiresMs: 0 }, signal);
  if (now.length > 0 || p.waitMs <= 0 || signal.aborted) return now;
  const first = await fetchBatch(nc, { stream, consumer, batch: 1, expiresMs: p.waitMs }, signal);
  if (first.length === 0 || p.batch === 1) return first;
  const rest = await fetchBatch(nc, { stream, consumer, batch: p.batch - 1, expiresMs: 0 }, signal);
  return [...first, ...rest];
}

/**
 * How many more messages the consumer may hand out before its max_ack_pending is reached. A pull
 * past that limit is left unanswered by JetStream, so the sidecar asks only for what fits.
 */
function ackRoom(info: ConsumerInfo): number {
  const max = info.config.max_ack_pending ?? -1;
  if (info.config.ack_policy === AckPolicy.None || max <= 0) return Number.POSITIVE_INFINITY;
  const room = max - info.num_ack_pending;
  if (room <= 0) {
    throw resourceExhausted(`the consumer has ${max} unacknowledged messages (its max_ack_pending): ack or nak first`);
  }
  return room;
}

function jetStreamMessage(n: NatsOps, ctx: CallContext, m: JsMsg): JetStreamMessage {
  return {
    subject: n.ownSubject(ctx, m.subject),
    data: m.data,
    headers: headersOut(m.headers),
    sequence: String(m.seq),
    timestamp: timestampFromNanos(m.info.timestampNanos),
    num_delivered: m.info.redeliveryCount,
  };
}

function deliveryKey(
  n: NatsOps,
  ctx: CallContext,
  req: { stream_name: string; consumer_name: string; sequence: string },
) {
  const seq = int64(req.sequence, "sequence");
  return { org: ctx.identity.org, ...consumerNames(n, ctx, req), seq };
}

export function pullOperations(n: NatsOps) {
  return {
    PublishToStream: unary({
      resource: (req) => `${req.stream_name}/${req.subject}`,
      run: async (req, ctx) => {
        const stream = n.name(ctx, req.stream_name, "stream_name");
        const subject = n.subject(ctx, req.subject);
        const headers = headersIn(req.headers);
        // A message id header (Nats-Msg-Id) travels as given: JetStream de-duplicates on it.
        const ack = await n.writes
          .send(() => n.backend.jetstream().publish(subject, req.data, { headers, expect: { streamName: stream } }))
          .catch(async (err) => {
            if (err instanceof NatsError && err.code === ErrorCode.NoResponders) {
              throw await whyNoStream(n, stream, subject, req.subject);
            }
            throw err;
          });
        n.traffic.sent(ctx.identity.org, req.data.length);
        return {
          success: true,
          sequence: String(ack.seq),
          timestamp: timestamp(Date.now()),
          message: ack.duplicate ? "duplicate: already stored under this message id" : "stored",
        };
      },
    }),
    PullMessages: unary({
      resource: (req) => `${req.stream_name}/${req.consumer_name}`,
      run: async (req, ctx) => {
        const { stream, consumer } = consumerNames(n, ctx, req);
        if (req.batch_size < 0 || req.batch_size > MAX_BATCH) {
          throw invalidArgument(`batch_size must be between 1 and ${MAX_BATCH} (0 means 1)`);
        }
        // The consumer's ack wait and policy decide how long and how a delivery is kept.
        const info = await n.backend.manager().consumers.info(stream, consumer);
        if (info.config.deliver_subject) throw invalidArgument("a push consumer cannot be pulled");
        const wait = waitMs(ctx, durationMs(req.max_wait, "max_wait"));
        const batch = Math.min(req.batch_size || 1, ackRoom(info));
        const messages = await pull(n, { stream, consumer, batch, waitMs: wait }, ctx.signal);
        const ackWaitMs = (info.config.ack_wait ?? 30e9) / 1e6;
        for (const m of messages) {
          n.traffic.received(ctx.identity.org, m.data.length);
          if (info.config.ack_policy === AckPolicy.None) continue;
          const key = { org: ctx.identity.org, stream, consumer, seq: m.seq };
          n.delivered.keep(key, m, ackWaitMs, info.config.ack_policy === AckPolicy.All);
        }
        return { messages: messages.map((m) => jetStreamMessage(n, ctx, m)) };
      },
    }),
    AckMessage: unary({
      resource: (req) => `${req.stream_name}/${req.consumer_name}`,
      run: async (req, ctx) => {
        const key = deliveryKey(n, ctx, req);
        const delivery = n.delivered.find(key);
        // A message handle acks once. Should the confirmation not come, the ack may be lost; then
        // JetStream redelivers the message after its ack wait, so nothing is dropped either way.
        n.delivered.forget(key);
        // ackAck waits for the server's confirmation: success means JetStream has the ack.
        await delivery.msg.ackAck();
        if (delivery.ackAll) n.delivered.forgetUpTo(key);
        return { success: true };
      },
    }),
    NakMessage: unary({
      resource: (req) => `${req.stream_name}/${req.consumer_name}`,
      run: async (req, ctx) => {
        const delayMs = durationMs(req.delay, "delay");
        const key = deliveryKey(n, ctx, req);
        const delivery = n.delivered.find(key);
        n.delivered.forget(key);
        delivery.msg.nak(delayMs > 0 ? delayMs : undefined);
        // A nak has no reply; the flush makes sure the server has it before we say so.
        await n.backend.connection().flush();
        return { success: true };
      },
    }),
  } satisfies Partial<Ops>;
}
