/**
 * The audit trail: one event per call (who, what, which resource by the caller's name, outcome,
 * latency), never values, tokens or SQL parameters. JSON lines on stdout through an asynchronous
 * pino destination, and to Loki in batches when configured. Neither sink ever blocks a call:
 * both are bounded and count what they drop.
 */
import pino from "pino";
import { type Logger, rateLimitedWarning } from "../shared/logger";

export interface AuditEvent {
  service: string;
  operation: string;
  org: string | undefined;
  user: string | undefined;
  resource: string | undefined;
  code: string;
  latency_ms: number;
  request_id: string;
}

export interface AuditSink {
  record(event: AuditEvent): void;
  /** Events dropped because a sink was full or failed, since start. */
  dropped(): number;
  flush(): Promise<void>;
}

const STDOUT_MAX_BUFFER = 16 * 1024 * 1024;
const STDOUT_FLUSH_MS = 250;
/**
 * Bytes gathered before a write: each asynchronous write costs the event loop tens of µs here, so
 * under load 64 KiB (about 280 lines, a few ms of calls) go at once; the timer above still shows a
 * quiet sidecar's lines within a quarter second.
 */
const STDOUT_MIN_WRITE = 64 * 1024;
const STDOUT_MAX_WRITE = 256 * 1024;
const FLUSH_BUDGET_MS = 5000;

const quoted = (value: string | undefined) => (value === undefined ? "null" : JSON.stringify(value));

/** `toISOString` of the current millisecond, computed once per millisecond: calls come many per ms. */
let isoMs = -1;
let isoText = "";
function isoTime(timeMs: number): string {
  if (timeMs !== isoMs) {
    isoMs = timeMs;
    isoText = new Date(timeMs).toISOString();
  }
  return isoText;
}

/**
 * One event as a JSON line, in pino's layout (`level`, `time`, then the fields) so pino tooling
 * reads it. Built by hand: this runs once per call, and a generic serializer costs several times
 * more. Service, operation and code are identifiers of our own; everything else is escaped.
 */
export function auditLine(event: AuditEvent, timeMs: number): string {
  return `{"level":30,"time":"${isoTime(timeMs)}","kind":"audit","service":"${event.service}","operation":"${event.operation}","org":${quoted(event.org)},"user":${quoted(event.user)},"resource":${quoted(event.resource)},"code":"${event.code}","latency_ms":${event.latency_ms},"request_id":${quoted(event.request_id)}}`;
}

/** Lines in a chunk of JSON lines (a newline byte never occurs inside UTF-8 of another character). */
function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  return lines;
}

/**
 * Audit JSON lines on a file descriptor (stdout by default), buffered and asynchronous, at most
 * `maxBuffer` bytes waiting (beyond, lines are dropped and counted). The lines of one event-loop
 * turn go to the destination as one buffer, encoded once: given strings, the destination measures
 * each one and the chunk it appends to, and encodes it again after writing, which per line was a
 * tenth of the sidecar's CPU under load.
 */
export function stdoutAuditSink(fd = 1, maxBuffer = STDOUT_MAX_BUFFER): AuditSink {
  const destination = pino.destination({
    dest: fd,
    sync: false,
    contentMode: "buffer",
    minLength: STDOUT_MIN_WRITE,
    maxWrite: STDOUT_MAX_WRITE,
    maxLength: maxBuffer,
  });
  let dropped = 0;
  destination.on("drop", (data: string | Buffer) => {
    dropped += countLines(typeof data === "string" ? Buffer.from(data) : data);
  });
  let turn: string[] = [];
  const writeTurn = () => {
    if (turn.length === 0) return;
    const lines = turn;
    turn = [];
    // biome-ignore lint/suspicious/noExplicitAny: pino's types take strings; in buffer mode the destination takes a Buffer
    destination.write(Buffer.from(`${lines.join("\n")}\n`) as any);
  };
  const timer = setInterval(() => destination.flush(), STDOUT_FLUSH_MS);
  timer.unref();
  return {
    record: (event) => {
      if (turn.length === 0) setImmediate(writeTurn);
      turn.push(auditLine(event, Date.now()));
    },
    dropped: () => dropped,
    flush: () =>
      new Promise((resolve) => {
        clearInterval(timer);
        writeTurn();
        destination.flush(() => resolve());
      }),
  };
}

export interface LokiOptions {
  url: string;
  log: Logger;
  maxQueue?: number;
  batchSize?: number;
  intervalMs?: number;
  labels?: Record<string, string>;
  /** At most one "push failed" warning per this many ms; the others are counted into the next. */
  warnEveryMs?: number;
}

/** Pushes events to Loki's push API in batches; a full queue or a failed push drops and counts. */
export function lokiAuditSink(opts: LokiOptions): AuditSink {
  // Required only when Loki is configured: undici costs start-up time and memory most sidecars skip.
  const { request } = require("undici") as typeof import("undici");
  const { log, maxQueue = 10_000, batchSize = 500, intervalMs = 1000, warnEveryMs = 60_000 } = opts;
  const warnPushFailed = rateLimitedWarning(log, "loki push failed; audit events dropped", warnEveryMs);
  const endpoint = new URL("/loki/api/v1/push", opts.url).toString();
  const labels = { job: "isa-sidecar", kind: "audit", ...opts.labels };
  let queue: [string, string][] = [];
  let dropped = 0;
  let sending: Promise<void> | undefined;

  async function push(batch: [string, string][]): Promise<void> {
    try {
      const res = await request(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ streams: [{ stream: labels, values: batch }] }),
        headersTimeout: 5000,
        bodyTimeout: 5000,
      });
      await res.body.dump();
      if (res.statusCode >= 300) throw new Error(`HTTP ${res.statusCode}`);
    } catch (err) {
      dropped += batch.length;
      warnPushFailed({ err: (err as Error).message, events: batch.length });
    }
  }

  function drain(): Promise<void> {
    if (sending || queue.length === 0) return sending ?? Promise.resolve();
    const batch = queue.slice(0, batchSize);
    queue = queue.slice(batch.length);
    sending = push(batch).finally(() => {
      sending = undefined;
    });
    return sending;
  }

  const timer = setInterval(drain, intervalMs);
  timer.unref();

  return {
    record(event) {
      if (queue.length >= maxQueue) {
        dropped++;
        return;
      }
      const now = Date.now();
      queue.push([`${now}000000`, auditLine(event, now)]);
      if (queue.length >= batchSize) void drain();
    },
    dropped: () => dropped,
    async flush() {
      clearInterval(timer);
      // Bounded: a Loki that hangs must not hold up shutdown; what is left is counted as dropped.
      const deadline = Date.now() + FLUSH_BUDGET_MS;
      while ((queue.length > 0 || sending) && Date.now() < deadline) await drain();
      dropped += queue.length;
      queue = [];
    },
  };
}

/** Fans one event out to several sinks. */
export function combineSinks(sinks: AuditSink[]): AuditSink {
  return {
    record: (event) => {
      for (const s of sinks) s.record(event);
    },
    dropped: () => sinks.reduce((n, s) => n + s.dropped(), 0),
    flush: async () => {
      await Promise.all(sinks.map((s) => s.flush()));
    },
  };
}
