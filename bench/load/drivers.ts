/**
 * What one generator process calls: a job description (plain data, so it crosses IPC) turned into a
 * driver that issues one call at a time. The generator's loop, timing and accounting are the same
 * for every driver, so targets are measured alike.
 */
import Redis from "ioredis";
import { connect as natsConnect } from "nats";
import pg from "pg";
import { redisOptions } from "../../sidecar/backends/redis";
import { openSession, unaryCall, unaryHeaders } from "./grpc-client";

export type Job =
  | { kind: "grpc"; address: string; path: string; frame: Uint8Array; token?: string }
  | { kind: "redis"; url: string; command: "get" | "set"; key: string; value?: string }
  | PgJob
  | NatsJob;

/** One named (prepared once per connection) query, run over a pool of `connections` per generator process. */
export interface PgJob {
  kind: "pg";
  url: string;
  statement: string;
  text: string;
  values: unknown[];
  connections: number;
}

/**
 * `core`: nc.publish, done once the client took the message (nothing comes back from the server).
 * `stream`: JetStream publish, done when the stream's ack arrives.
 */
export interface NatsJob {
  kind: "nats";
  url: string;
  mode: "core" | "stream";
  subject: string;
  data: Uint8Array;
  /** The stream the ack must come from (`stream` mode), as the sidecar asks for too. */
  stream?: string;
}

export interface Driver {
  /** Issues one call; `done` gets a description of the failure, or undefined on success. */
  issue(done: (error: string | undefined) => void): void;
  close(): Promise<void>;
}

type Done = (error: string | undefined) => void;
const settle = (promise: Promise<unknown>, done: Done) =>
  void promise.then(
    () => done(undefined),
    (err: Error) => done(err.message),
  );

async function grpcDriver(job: Extract<Job, { kind: "grpc" }>): Promise<Driver> {
  const session = await openSession(job.address);
  const headers = unaryHeaders(job.path, job.token);
  const frame = Buffer.from(job.frame.buffer, job.frame.byteOffset, job.frame.byteLength);
  return {
    issue(done) {
      unaryCall(session, headers, frame, false, ({ status, message }) =>
        done(status === "0" ? undefined : `grpc-status ${status ?? "missing"}: ${message ?? ""}`),
      );
    },
    close: () => new Promise((resolve) => session.close(() => resolve())),
  };
}

/** ioredis with the sidecar's own client options, so the direct baseline differs only by the sidecar. */
async function redisDriver(job: Extract<Job, { kind: "redis" }>): Promise<Driver> {
  const client = new Redis(job.url, { ...redisOptions(), lazyConnect: true, connectionName: "isa-bench" });
  await client.connect();
  const { key, value = "" } = job;
  return {
    issue:
      job.command === "get" ? (done) => settle(client.get(key), done) : (done) => settle(client.set(key, value), done),
    close: async () => {
      await client.quit();
    },
  };
}

/**
 * node-postgres as the sidecar uses it, but with a named statement: parsed and planned once per
 * connection, the fastest path a direct caller has. All connections are opened before "ready".
 */
async function pgDriver(job: PgJob): Promise<Driver> {
  const pool = new pg.Pool({ connectionString: job.url, max: job.connections, application_name: "isa-bench" });
  const query = { name: job.statement, text: job.text, values: job.values };
  const opened = await Promise.all(Array.from({ length: job.connections }, () => pool.connect()));
  for (const client of opened) client.release();
  return {
    issue: (done) => settle(pool.query(query), done),
    close: () => pool.end(),
  };
}

async function natsDriver(job: NatsJob): Promise<Driver> {
  const nc = await natsConnect({ servers: job.url, name: "isa-bench" });
  const data = Uint8Array.from(job.data);
  const close = async () => {
    await nc.flush();
    await nc.close();
  };
  if (job.mode === "stream") {
    const js = nc.jetstream();
    const options = job.stream ? { expect: { streamName: job.stream } } : undefined;
    return { issue: (done) => settle(js.publish(job.subject, data, options), done), close };
  }
  return {
    issue(done) {
      try {
        nc.publish(job.subject, data);
      } catch (err) {
        return void setImmediate(done, (err as Error).message);
      }
      // Answered on the next turn of the event loop, not at once: the loop would otherwise recurse
      // and never let the client write to its socket (or hear "stop").
      setImmediate(done, undefined);
    },
    close,
  };
}

export function createDriver(job: Job): Promise<Driver> {
  switch (job.kind) {
    case "grpc":
      return grpcDriver(job);
    case "redis":
      return redisDriver(job);
    case "pg":
      return pgDriver(job);
    case "nats":
      return natsDriver(job);
  }
}
