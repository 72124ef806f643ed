/** Core NATS messaging: Publish, PublishBatch, Request. Subjects are the caller's org's subjects. */
import { ErrorCode, NatsError, nuid } from "nats";
import { MAX_TIMER_MS } from "../../../shared/timers";
import { translateNatsError } from "../../backends/nats";
import { invalidArgument, SidecarError, toSidecarError } from "../../errors";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import { durationMs, headersIn, type NatsOps } from "./context";

type Ops = OperationsOf<NATSServiceHandlers>;

const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;
const MAX_BATCH = 10_000;

interface Outgoing {
  subject: string;
  data: Buffer;
  headers: Record<string, string>;
  reply_to: string;
}

/**
 * Hands the message to the connection (at most once, like every core NATS publish); resolves once
 * the client took it. The reply subject is confined too, so replies land in the org.
 */
async function publish(n: NatsOps, ctx: CallContext, m: Outgoing): Promise<void> {
  const subject = n.subject(ctx, m.subject);
  const reply = m.reply_to === "" ? undefined : n.subject(ctx, m.reply_to);
  const headers = headersIn(m.headers);
  await n.writes.send(() => n.backend.connection().publish(subject, m.data, { headers, reply }));
  n.traffic.sent(ctx.identity.org, m.data.length);
}

function requestError(err: unknown, subject: string, timeoutMs: number): unknown {
  if (!(err instanceof NatsError)) return err;
  if (err.code === ErrorCode.Timeout) {
    return new SidecarError("deadline_exceeded", `no reply on "${subject}" within ${timeoutMs} ms`);
  }
  if (err.code === ErrorCode.NoResponders) return new SidecarError("unavailable", `no responders on "${subject}"`);
  return err;
}

export function messagingOperations(n: NatsOps) {
  return {
    Publish: unary({
      resource: (req) => req.subject,
      run: async (req, ctx) => {
        await publish(n, ctx, req);
        return { success: true, message: "published" };
      },
    }),
    PublishBatch: unary({
      resource: (req) => [...new Set(req.messages.map((m) => m.subject))].join(","),
      run: async (req, ctx) => {
        if (req.messages.length > MAX_BATCH) throw invalidArgument(`at most ${MAX_BATCH} messages per batch`);
        n.backend.connection(); // fail the whole batch at once while NATS is away
        // Handed over together: the whole batch leaves in one socket write.
        const outcomes = await Promise.allSettled(req.messages.map((m) => publish(n, ctx, m)));
        const errors: string[] = [];
        outcomes.forEach((o, i) => {
          if (o.status === "fulfilled") return;
          errors.push(`message ${i}: ${toSidecarError(o.reason, translateNatsError).message}`);
        });
        const published = outcomes.length - errors.length;
        return { success: errors.length === 0, published_count: published, errors };
      },
    }),
    Request: unary({
      resource: (req) => req.subject,
      run: async (req, ctx) => {
        const subject = n.subject(ctx, req.subject);
        const asked = durationMs(req.timeout, "timeout") || DEFAULT_REQUEST_TIMEOUT_MS;
        const timeout = Math.max(1, Math.min(asked, ctx.deadline - Date.now(), MAX_TIMER_MS));
        // A reply subject inside the org, so a responder using this API can answer it.
        const reply = n.subject(ctx, `_INBOX.${nuid.next()}`);
        n.traffic.sent(ctx.identity.org, req.data.length);
        const answer = await n.backend
          .connection()
          .request(subject, req.data, { timeout, noMux: true, reply })
          .catch((err) => {
            throw requestError(err, req.subject, timeout);
          });
        n.traffic.received(ctx.identity.org, answer.data.length);
        return { success: true, data: answer.data, error_message: "" };
      },
    }),
  } satisfies Partial<Ops>;
}
