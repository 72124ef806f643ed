/**
 * What one generator process calls: a job description (plain data, so it crosses IPC) turned into a
 * driver that issues one call at a time. The generator's loop, timing and accounting are the same
 * for every driver, so targets are measured alike.
 */
import Redis from "ioredis";
import { redisOptions } from "../../sidecar/backends/redis";
import { openSession, unaryCall, unaryHeaders } from "./grpc-client";

export type Job =
  | { kind: "grpc"; address: string; path: string; frame: Uint8Array; token?: string }
  | { kind: "redis"; url: string; command: "get" | "set"; key: string; value?: string };

export interface Driver {
  /** Issues one call; `done` gets a description of the failure, or undefined on success. */
  issue(done: (error: string | undefined) => void): void;
  close(): Promise<void>;
}

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
  const fail = (done: (error: string) => void) => (err: Error) => done(err.message);
  const ok = (done: (error: undefined) => void) => () => done(undefined);
  const { key, value = "" } = job;
  return {
    issue:
      job.command === "get"
        ? (done) => void client.get(key).then(ok(done), fail(done))
        : (done) => void client.set(key, value).then(ok(done), fail(done)),
    close: async () => {
      await client.quit();
    },
  };
}

export function createDriver(job: Job): Promise<Driver> {
  return job.kind === "grpc" ? grpcDriver(job) : redisDriver(job);
}
