/**
 * The HTTPS admission webhook. POST /mutate (pods that opt in themselves) and POST
 * /mutate-namespace (pods in a namespace labelled isa.cloud/injection=enabled) answer
 * AdmissionReviews; GET /healthz, /readyz and /metrics are for kubelet and Prometheus.
 * A bad request gets a 4xx with its reason and never takes the process down.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import { answerReview, MalformedReview, parseReview } from "./admission";
import { CertificateReloader, readKeyPair } from "./certificates";
import type { InjectorConfig } from "./config";
import { type FailureReason, InjectorMetrics, UNSUPPORTED_REQUEST } from "./metrics";

export interface WebhookOptions {
  host: string;
  port: number;
  certFile: string;
  keyFile: string;
  config: InjectorConfig;
  logger: Logger;
  /** Largest review body accepted; the API server's own object limit is 1.5 MiB. */
  maxBodyBytes?: number;
  /** Safety-net poll for certificate changes the file watcher misses. */
  certPollMs?: number;
  /** Whole-request timeout; the API server gives up after the webhook's timeoutSeconds anyway. */
  requestTimeoutMs?: number;
}

export interface Webhook {
  readonly port: number;
  /** Reports not-ready (so endpoints drop this pod) while still serving. */
  drain(): void;
  close(): Promise<void>;
}

const PATHS: Record<string, boolean> = { "/mutate": false, "/mutate-namespace": true };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

export async function startWebhook(opts: WebhookOptions): Promise<Webhook> {
  const { config, logger } = opts;
  const maxBodyBytes = opts.maxBodyBytes ?? 3 * 1024 * 1024;
  const metrics = new InjectorMetrics();
  const initial = readKeyPair(opts.certFile, opts.keyFile);
  metrics.countReload(true, initial.notAfter);
  let draining = false;

  const server = createServer({ cert: initial.cert, key: initial.key, minVersion: "TLSv1.2" }, (req, res) => {
    handle(req, res).catch((err) => {
      metrics.countFailed("internal_error");
      logger.error({ err }, "request failed");
      if (!res.headersSent) send(res, 500, "internal error\n");
      else res.destroy();
    });
  });
  server.requestTimeout = opts.requestTimeoutMs ?? 10_000;
  server.headersTimeout = Math.min(5_000, server.requestTimeout);
  // Longer than the API server's idle-connection timeout (90 s), so it is the side that closes
  // idle connections and never sends a review on one this server is closing.
  server.keepAliveTimeout = 120_000;

  const reloader = new CertificateReloader(
    opts.certFile,
    opts.keyFile,
    {
      onReload: (pair) => {
        server.setSecureContext({ cert: pair.cert, key: pair.key, minVersion: "TLSv1.2" });
        metrics.countReload(true, pair.notAfter);
        logger.info({ notAfter: pair.notAfter.toISOString() }, "serving certificate reloaded");
      },
      onError: (err) => {
        metrics.countReload(false);
        logger.warn({ reason: err.message }, "serving certificate not reloaded; keeping the previous one");
      },
    },
    initial,
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path in PATHS) {
      if (req.method !== "POST") return send(res, 405, "use POST\n", { allow: "POST" });
      const started = process.hrtime.bigint();
      try {
        await review(req, res, PATHS[path]!);
      } catch (err) {
        if (!(err instanceof HttpError)) throw err;
        metrics.countFailed(err.reason);
        logger.warn({ status: err.status, reason: err.reason, detail: err.message }, "review rejected");
        send(res, err.status, `${err.message}\n`);
      } finally {
        metrics.observeReview(Number(process.hrtime.bigint() - started) / 1e9);
      }
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "use GET\n", { allow: "GET, HEAD" });
    if (path === "/healthz") return send(res, 200, "ok\n");
    if (path === "/readyz") return draining ? send(res, 503, "draining\n") : send(res, 200, "ok\n");
    if (path === "/metrics") return send(res, 200, metrics.render(), { "content-type": "text/plain; version=0.0.4" });
    send(res, 404, "not found: POST /mutate, /mutate-namespace; GET /healthz, /readyz, /metrics\n");
  }

  async function review(req: IncomingMessage, res: ServerResponse, namespaceEnabled: boolean): Promise<void> {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") {
      await drainBody(req);
      throw new HttpError(415, "unsupported_media_type", `content-type must be application/json, not "${type}"`);
    }
    const body = await readBody(req, maxBodyBytes);
    let request: ReturnType<typeof parseReview>;
    try {
      request = parseReview(body);
    } catch (err) {
      if (err instanceof MalformedReview) {
        throw new HttpError(400, "malformed_review", `malformed AdmissionReview: ${err.message}`);
      }
      throw err;
    }
    const { review: answer, outcome } = answerReview(request, namespaceEnabled, config);
    const pod = request.object.metadata;
    const podName = pod?.name ?? (pod?.generateName ? `${pod.generateName}*` : "");
    const where = { uid: request.uid, namespace: request.namespace, pod: podName };
    if (outcome.kind === "unsupported") {
      metrics.countSkipped(UNSUPPORTED_REQUEST);
      logger.warn({ ...where, operation: request.operation }, outcome.why);
    } else {
      const { report } = outcome;
      metrics.countWarnings(report.warnings.length);
      if (report.result === "injected") {
        metrics.countInjected();
        logger.info({ ...where, hash: report.hash, warnings: report.warnings }, "sidecar injected");
      } else {
        metrics.countSkipped(report.reason);
        logger.info({ ...where, reason: report.reason, warnings: report.warnings }, report.message);
      }
    }
    send(res, 200, JSON.stringify(answer), { "content-type": "application/json" });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  reloader.start(opts.certPollMs ?? 10_000);
  const port = (server.address() as AddressInfo).port;
  logger.info({ host: opts.host, port, notAfter: initial.notAfter.toISOString() }, "webhook listening");

  return {
    port,
    drain: () => {
      draining = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        draining = true;
        reloader.stop();
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

/**
 * Reads the body up to `limit` bytes. Past the limit the rest is read and thrown away (bounded by
 * the request timeout) rather than cutting the connection, so the client reliably gets its 413.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on("end", () => {
      if (tooLarge) reject(new HttpError(413, "body_too_large", `body exceeds ${limit} bytes`));
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

function drainBody(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req.on("end", resolve);
    req.on("error", () => resolve());
    req.resume();
  });
}
