/**
 * An S3-compatible server for tests: s3rver on a free port with a temporary directory, removed on
 * stop. It runs in a child process of its own, started with --openssl-legacy-provider: s3rver
 * builds its continuation tokens with DES, which OpenSSL 3 (Node 18+) refuses otherwise, so any
 * truncated listing would fail with HTTP 500.
 *
 * It records every request it receives (method, path, query), and the bodies of the bucket
 * configuration requests it refuses without reading (policy, lifecycle, versioning, bucket tags),
 * so tests can assert what the sidecar sent even where s3rver cannot act on it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { freePort } from "./ports";

export interface RecordedRequest {
  method: string;
  /** Decoded path, e.g. `/bucket/key`. */
  path: string;
  /** Raw query string without `?`. */
  query: string;
  /** Only for bucket configuration requests (see above). */
  body?: string;
}

export interface S3rverInstance {
  readonly port: number;
  readonly endpoint: string;
  readonly directory: string;
  /** The s3rver process, for callers that track their children (the bench kills it on Ctrl-C). */
  readonly child: ChildProcess;
  /** Requests recorded so far; call `settled()` first to be sure every request made is in. */
  readonly requests: RecordedRequest[];
  /** Resolves once every request s3rver has received so far is recorded here. */
  settled(): Promise<void>;
  /** Settled requests whose path is `/${bucket}` or starts with `/${bucket}/`. */
  requestsFor(bucket: string): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

export const S3RVER_ACCESS_KEY = "S3RVER";
export const S3RVER_SECRET_KEY = "S3RVER";

type Line =
  | { t: "ready" }
  | { t: "req"; req: RecordedRequest }
  | { t: "body"; i: number; body: string }
  | { t: "synced"; n: number };

export async function startS3rver(): Promise<S3rverInstance> {
  const directory = mkdtempSync(join(tmpdir(), "isa-s3rver-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["--openssl-legacy-provider", __filename, "--serve", String(port), directory], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const requests: RecordedRequest[] = [];
  const syncs = new Map<number, () => void>();
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  createInterface({ input: child.stdout! }).on("line", (text) => {
    const line = JSON.parse(text) as Line;
    if (line.t === "ready") ready();
    else if (line.t === "req") requests.push(line.req);
    else if (line.t === "body") requests[line.i]!.body = line.body;
    else syncs.get(line.n)?.();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await Promise.race([isReady, exited.then(() => Promise.reject(new Error("s3rver exited before it was ready")))]);
  let nextSync = 0;
  const settled = () =>
    new Promise<void>((resolve) => {
      const n = nextSync++;
      syncs.set(n, resolve);
      child.stdin!.write(`${n}\n`);
    });
  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    child,
    requests,
    settled,
    async requestsFor(bucket) {
      await settled();
      return requests.filter((r) => r.path === `/${bucket}` || r.path.startsWith(`/${bucket}/`));
    },
    async stop() {
      stopChild(child);
      // s3rver closes gracefully; one that does not within 5 s is killed, so no test run hangs on it.
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
}

/** The sidecar flags that point it at this s3rver. */
export function s3rverArgs(s3: S3rverInstance): string[] {
  return [
    "--minio-endpoint",
    s3.endpoint,
    "--minio-access-key",
    S3RVER_ACCESS_KEY,
    "--minio-secret-key",
    S3RVER_SECRET_KEY,
  ];
}

// --- the child process: s3rver itself, reporting what it receives as JSON lines -------------------

const BUCKET_CONFIG = /(^|&)(policy|lifecycle|versioning|tagging)(=|&|$)/;
const emit = (line: Line) => process.stdout.write(`${JSON.stringify(line)}\n`);

function record(count: { n: number }, req: IncomingMessage): void {
  const url = new URL(req.url ?? "/", "http://s3rver");
  const entry: RecordedRequest = {
    method: req.method ?? "",
    path: decodeURIComponent(url.pathname),
    query: url.search.slice(1),
  };
  const i = count.n++;
  emit({ t: "req", req: entry });
  const bucketLevel = url.pathname.split("/").filter(Boolean).length === 1;
  // s3rver refuses these before reading the body, so reading it here takes nothing from s3rver.
  if (bucketLevel && BUCKET_CONFIG.test(entry.query) && req.method === "PUT") {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (d: string) => {
      body += d;
    });
    req.on("end", () => emit({ t: "body", i, body }));
  }
}

async function serve(port: number, directory: string): Promise<void> {
  // s3rver is CommonJS without types; it is a devDependency used only here.
  // biome-ignore lint/suspicious/noExplicitAny: untyped module
  const S3rver = require("s3rver") as any;
  const server = new S3rver({ port, address: "127.0.0.1", silent: true, directory });
  await server.run();
  const count = { n: 0 };
  (server.httpServer as Server).prependListener("request", (req) => record(count, req));
  // Each stdin line is a sync request: answered after every request line before it.
  createInterface({ input: process.stdin }).on("line", (n) => emit({ t: "synced", n: Number(n) }));
  process.once("SIGTERM", () => {
    (server.httpServer as Server).closeAllConnections();
    server.close().then(() => process.exit(0));
  });
  emit({ t: "ready" });
}

if (require.main === module && process.argv[2] === "--serve") {
  void serve(Number(process.argv[3]), process.argv[4]!);
}
