/**
 * What one generator process calls: a job description (plain data, so it crosses IPC) turned into a
 * driver that issues one call at a time. The generator's loop, timing and accounting are the same
 * for every driver, so targets are measured alike.
 */
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import Redis from "ioredis";
import { connect as natsConnect } from "nats";
import pg from "pg";
import { createLogger } from "../../shared/logger";
import { redisOptions } from "../../sidecar/backends/redis";
import { connectS3, type S3Config } from "../../sidecar/backends/s3";
import { callHeaders, grpcCall, openSession } from "./grpc-client";

export type Job =
  | GrpcJob
  | { kind: "redis"; url: string; command: "get" | "set"; key: string; value?: string }
  | PgJob
  | NatsJob
  | S3Job;

/** A call whose request is known up front: unary, a client stream (all its frames), or a server stream. */
export interface GrpcJob {
  kind: "grpc";
  address: string;
  path: string;
  /** The request frame, or the frames after the `heads` (a client stream's payload). */
  frame: Uint8Array;
  token?: string;
  /**
   * First frames per generator process, taken in turn call after call, e.g. PutObject metadata naming
   * a key of its own: concurrent uploads then never write the same object.
   */
  heads?: Uint8Array[][];
  /** Fewer response bytes is a failed call: a server stream's body cut short is caught even under OK. */
  minResponseBytes?: number;
}

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

/**
 * The `minio` client as the sidecar builds it (its own connectS3), so the direct baseline differs
 * only by the sidecar. `body` set: putObject of it; absent: getObject, the body drained.
 */
export interface S3Job {
  kind: "s3";
  config: S3Config;
  bucket: string;
  /** Keys per generator process, taken in turn like GrpcJob.heads; a get reads one object: [[key]]. */
  keys: string[][];
  body?: Uint8Array;
  /** Fewer bytes read is a failed call. */
  minResponseBytes?: number;
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

/** Bytes that crossed IPC arrive as Uint8Array; node APIs want a Buffer (a view, not a copy). */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** This process's list of `perWorker`, handed out in turn, one per call. */
function inTurn<T>(perWorker: T[][], worker: number): () => T {
  const mine = perWorker[worker % perWorker.length];
  let n = 0;
  return () => mine[n++ % mine.length];
}

const shortBody = (bytes: number, expected: number) => `short body: ${bytes} bytes, expected at least ${expected}`;

async function grpcDriver(job: GrpcJob, worker: number): Promise<Driver> {
  const session = await openSession(job.address);
  const headers = callHeaders(job.path, job.token);
  const frame = asBuffer(job.frame);
  const nextHead = job.heads
    ? inTurn(
        job.heads.map((list) => list.map(asBuffer)),
        worker,
      )
    : undefined;
  const minBytes = job.minResponseBytes ?? 0;
  return {
    issue(done) {
      grpcCall(session, headers, nextHead ? [nextHead(), frame] : frame, false, ({ status, message, bytes }) => {
        if (status !== "0") done(`grpc-status ${status ?? "missing"}: ${message ?? ""}`);
        else done(bytes < minBytes ? shortBody(bytes, minBytes) : undefined);
      });
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

async function s3Driver(job: S3Job, worker: number): Promise<Driver> {
  const backend = connectS3(job.config, createLogger("isa-bench", "silent"), () => {});
  const { client } = backend;
  const { bucket, minResponseBytes = 0 } = job;
  const nextKey = inTurn(job.keys, worker);
  const close = () => backend.close();
  if (job.body) {
    const body = asBuffer(job.body);
    return { issue: (done) => settle(client.putObject(bucket, nextKey(), body), done), close };
  }
  const get = async () => {
    const bytes = await drain(await client.getObject(bucket, nextKey()));
    if (bytes < minResponseBytes) throw new Error(shortBody(bytes, minResponseBytes));
  };
  return { issue: (done) => settle(get(), done), close };
}

/** Reads a body to its end; resolves with its length. */
async function drain(body: Readable): Promise<number> {
  let bytes = 0;
  body.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
  });
  await finished(body);
  return bytes;
}

/** `worker` numbers the generator processes of a case from 0 (see GrpcJob.heads). */
export function createDriver(job: Job, worker: number): Promise<Driver> {
  switch (job.kind) {
    case "grpc":
      return grpcDriver(job, worker);
    case "redis":
      return redisDriver(job);
    case "pg":
      return pgDriver(job);
    case "nats":
      return natsDriver(job);
    case "s3":
      return s3Driver(job, worker);
  }
}
