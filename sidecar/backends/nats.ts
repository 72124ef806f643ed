/**
 * The NATS connection: built only by the entry point, handed to the service as a narrow object.
 * It reconnects forever with backoff. While it is not connected every call fails at once with
 * UNAVAILABLE instead of being buffered by the client and sent later (or never): a caller is better
 * served by an honest error and its own retry than by a publish that "succeeded" into a buffer.
 */
import {
  connect,
  ErrorCode,
  Events,
  type JetStreamClient,
  type JetStreamManager,
  type NatsConnection,
  NatsError,
} from "nats";
import type { Logger } from "../../shared/logger";
import { redact } from "../config";
import { SidecarError, unavailable } from "../errors";

export interface NatsConnectOptions {
  servers: string[];
  user?: string;
  pass?: string;
}

export interface NatsBackend {
  /** The live connection; throws UNAVAILABLE while NATS is unreachable. */
  connection(): NatsConnection;
  jetstream(): JetStreamClient;
  manager(): JetStreamManager;
  isConnected(): boolean;
  /** "connecting", "connected", "reconnecting" or "closed", for health reports. */
  status(): string;
  /**
   * `work`, or UNAVAILABLE as soon as the connection drops while it waits: nats.js keeps a request
   * whose connection is gone pending until its own timeout (5 s for JetStream), and its answer, if
   * any, is lost with the connection anyway.
   */
  untilDown<T>(work: Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** 100 ms doubling to 2 s between attempts, reset by every successful connection. */
const backoff = (attempt: number) => Math.min(100 * 2 ** Math.min(attempt, 5), 2000);

export function connectNats(
  options: NatsConnectOptions,
  log: Logger,
  onStateChange: (up: boolean) => void,
): NatsBackend {
  let nc: NatsConnection | undefined;
  let js: JetStreamClient | undefined;
  let jsm: JetStreamManager | undefined;
  let state = "connecting";
  let attempt = 0;
  let closing = false;
  const servers = options.servers.map(redact);
  const waiting = new Set<(err: SidecarError) => void>();
  const setState = (next: string) => {
    const wasUp = state === "connected";
    state = next;
    if (wasUp && next !== "connected") {
      const lost = unavailable("the NATS connection was lost while this call waited; its outcome is unknown");
      for (const fail of waiting) fail(lost);
      waiting.clear();
    }
    if (next === "connected") attempt = 0;
    if (wasUp !== (next === "connected")) {
      log.info({ nats: servers, state: next }, next === "connected" ? "nats connected" : "nats disconnected");
      onStateChange(next === "connected");
    }
  };

  const connected = connect({
    servers: options.servers,
    user: options.user,
    pass: options.pass,
    name: "isa-sidecar",
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectDelayHandler: () => backoff(attempt++),
    // A server that vanished without closing the socket is noticed within ~20 s, not minutes.
    pingInterval: 10_000,
    maxPingOut: 2,
    // Otherwise every request (each PublishToStream) captures two stack traces up front, ~8 % of the
    // CPU under load, only to enrich errors whose text the sidecar never passes on.
    noAsyncTraces: true,
  });
  connected
    .then(async (conn) => {
      nc = conn;
      if (closing) return void (await conn.close());
      // Listening from the start, so no state change is missed while the managers are built.
      void watchStatus(conn, setState, log);
      js = conn.jetstream();
      // checkAPI off: no round trip here; a server without JetStream answers each call with an error.
      jsm = await conn.jetstreamManager({ checkAPI: false });
      if (state === "connecting" && !conn.isClosed()) setState("connected");
    })
    .catch((err) => log.error({ err: err.message, nats: servers }, "nats connection failed for good"));

  const live = (): NatsConnection => {
    if (!nc || state !== "connected") throw unavailable("nats unavailable");
    return nc;
  };
  /** js and jsm are set before the state first becomes "connected". */
  const whenLive = <T>(value: T | undefined): T => {
    live();
    return value!;
  };
  return {
    connection: live,
    jetstream: () => whenLive(js),
    manager: () => whenLive(jsm),
    isConnected: () => state === "connected",
    status: () => state,
    untilDown<T>(work: Promise<T>): Promise<T> {
      let fail!: (err: SidecarError) => void;
      const down = new Promise<never>((_, reject) => {
        fail = reject;
      });
      waiting.add(fail);
      return Promise.race([work, down]).finally(() => waiting.delete(fail));
    },
    async close() {
      closing = true;
      if (nc && !nc.isClosed()) await nc.drain().catch(() => nc?.close());
    },
  };
}

async function watchStatus(nc: NatsConnection, setState: (s: string) => void, log: Logger): Promise<void> {
  for await (const s of nc.status()) {
    if (s.type === Events.Disconnect) setState("reconnecting");
    else if (s.type === Events.Reconnect) setState("connected");
    else if (s.type === Events.Error) log.debug({ err: String(s.data) }, "nats async error");
  }
  setState("closed");
}

/** JetStream API error codes (err_code) by meaning; messages are fixed, never the server's text. */
const JS_API_ERRORS: Record<number, SidecarError> = {
  10059: new SidecarError("not_found", "stream not found"),
  10014: new SidecarError("not_found", "consumer not found"),
  10037: new SidecarError("not_found", "no message found"),
  10058: new SidecarError("already_exists", "a stream with this name exists with a different configuration"),
  10013: new SidecarError("already_exists", "a consumer with this name exists"),
  10148: new SidecarError("already_exists", "a consumer with this name exists with a different configuration"),
  10065: new SidecarError("failed_precondition", "the subjects overlap with another stream of this organization"),
  10060: new SidecarError("failed_precondition", "the subject is not captured by this stream"),
  10071: new SidecarError("failed_precondition", "wrong last sequence"),
  10074: new SidecarError("invalid_argument", "replicas > 1 need a clustered NATS"),
  10047: new SidecarError("resource_exhausted", "JetStream has not enough resources for this"),
  10023: new SidecarError("resource_exhausted", "JetStream has not enough resources for this"),
  10026: new SidecarError("resource_exhausted", "JetStream account limits reached"),
  10077: new SidecarError("resource_exhausted", "the stream is full: maximum messages reached"),
  10039: new SidecarError("unavailable", "JetStream is not enabled on the NATS server"),
  10076: new SidecarError("unavailable", "JetStream is not enabled on the NATS server"),
  // A cluster between leaders (a node died, an election runs): the caller retries shortly.
  10008: new SidecarError("unavailable", "JetStream is temporarily unavailable (no quorum)"),
  10118: new SidecarError("unavailable", "the stream is offline (no quorum)"),
};

const UNAVAILABLE_CODES: string[] = [
  ErrorCode.Disconnect,
  ErrorCode.ConnectionClosed,
  ErrorCode.ConnectionDraining,
  ErrorCode.ConnectionRefused,
  ErrorCode.ConnectionTimeout,
  ErrorCode.Timeout,
  ErrorCode.NoResponders,
];

/** NATS and JetStream errors by meaning. Unknown API errors keep only their number. */
export function translateNatsError(err: unknown): SidecarError | undefined {
  if (!(err instanceof NatsError)) return undefined;
  const api = err.api_error;
  if (api) {
    const known = JS_API_ERRORS[api.err_code ?? 0];
    if (known) return new SidecarError(known.kind, known.message);
    // 503: JetStream cannot answer now (no quorum, no leader, no responders), never the request's fault.
    if (api.code === 503) return new SidecarError("unavailable", `JetStream unavailable (error ${api.err_code})`);
    if (api.code === 404) return new SidecarError("not_found", `not found (JetStream error ${api.err_code})`);
    if (api.code >= 400 && api.code < 500) {
      return new SidecarError("invalid_argument", `JetStream refused the request (error ${api.err_code})`);
    }
    return undefined;
  }
  if (UNAVAILABLE_CODES.includes(err.code)) return new SidecarError("unavailable", "nats unavailable");
  if (err.code === ErrorCode.MaxPayloadExceeded) return new SidecarError("resource_exhausted", "message too large");
  if (err.code === ErrorCode.BadSubject || err.code === ErrorCode.BadHeader) {
    return new SidecarError("invalid_argument", "bad subject or header");
  }
  return undefined;
}
