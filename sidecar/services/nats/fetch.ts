/**
 * One JetStream pull request, on a reply subscription the sidecar owns and closes however the pull
 * ends: the batch is full, JetStream answers that there is nothing (more) (404, 408), an error,
 * the caller's cancel or deadline, JetStream never answering, or the connection closing.
 *
 * Not nats.js's `fetch`: its subscription closes only after `batch` replies or when `expires`
 * passes, and stopping its iterator does not close it. Each partial or empty no_wait pull (and each
 * cancelled waiting pull, until its expiry) left a subscription on the shared connection, which
 * grew the sidecar's memory and the server's interest table without bound (issue 12).
 */
import { checkJsError, createInbox, isHeartbeatMsg, type JsMsg, type Msg, type NatsConnection, NatsError } from "nats";
// Not re-exported by nats.js 2.x's entry point; the same functions its own fetch uses.
import { toJsMsg } from "nats/lib/jetstream/jsmsg";
import { isTerminal409 } from "nats/lib/jetstream/jsutil";
import { MAX_TIMER_MS } from "../../../shared/timers";
import { notFound, SidecarError } from "../../errors";

export interface PullRequest {
  stream: string;
  consumer: string;
  batch: number;
  /** How long JetStream may wait for messages; 0 answers at once with what is there. */
  expiresMs: number;
}

/** The JetStream client's default: an ackAck waits this long for the server's confirmation. */
const ACK_TIMEOUT_MS = 5_000;
/** A pull with nothing to wait for still gets this long for JetStream's answer. */
const ANSWER_GRACE_MS = 5_000;

/** A status reply ends the pull: "nothing (more)" and passing conditions quietly, the rest as errors. */
function statusOutcome(err: NatsError): Error | undefined {
  switch (err.code) {
    case "404":
    case "408":
      return undefined;
    case "409":
      // Max waiting or max ack pending reached: the caller gets what came; a retry may do better.
      if (!isTerminal409(err)) return undefined;
      if (err.message.includes("consumer deleted")) return notFound("the consumer was deleted during the pull");
      return new SidecarError("failed_precondition", "the consumer refused the pull request");
    default:
      return err;
  }
}

const encoder = new TextEncoder();

/** The request JetStream reads: expires in nanoseconds, or no_wait for an answer at once. */
function pullArgs(p: PullRequest): Uint8Array {
  const args = p.expiresMs > 0 ? { batch: p.batch, expires: p.expiresMs * 1e6 } : { batch: p.batch, no_wait: true };
  return encoder.encode(JSON.stringify(args));
}

/** The messages of one pull request; never leaves its subscription open. */
export function fetchBatch(nc: NatsConnection, p: PullRequest, signal: AbortSignal): Promise<JsMsg[]> {
  return new Promise((resolve, reject) => {
    const out: JsMsg[] = [];
    const inbox = createInbox();
    let done = false;
    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      signal.removeEventListener("abort", onAbort);
      if (!sub.isClosed()) sub.unsubscribe();
      if (err) reject(err);
      else resolve(out);
    };
    const onAbort = () => finish();
    const onMessage = (err: NatsError | null, m: Msg) => {
      if (err) return finish(err);
      // Never asked for (no idle_heartbeat); skipped so one could never pass for a message.
      if (isHeartbeatMsg(m)) return;
      const status = checkJsError(m);
      if (status) return finish(statusOutcome(status));
      out.push(toJsMsg(m, ACK_TIMEOUT_MS));
      if (out.length >= p.batch) finish();
    };
    // First, so that a connection that refuses it rejects the pull before anything else is set up.
    const sub = nc.subscribe(inbox, { callback: (err, m) => (done ? undefined : onMessage(err, m)) });
    // A pull on a consumer deleted meanwhile gets no reply at all: the guard ends it.
    const guard = setTimeout(finish, Math.min(p.expiresMs + ANSWER_GRACE_MS, MAX_TIMER_MS));
    // The connection closing for good (the sidecar stopping) closes the subscription too.
    void sub.closed.then(() => finish());
    if (signal.aborted) return finish();
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      nc.publish(`$JS.API.CONSUMER.MSG.NEXT.${p.stream}.${p.consumer}`, pullArgs(p), { reply: inbox });
    } catch (err) {
      finish(err instanceof NatsError ? err : new Error(String(err)));
    }
  });
}
