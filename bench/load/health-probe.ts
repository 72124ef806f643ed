/**
 * Polls grpc.health.v1 Check over raw HTTP/2 every few milliseconds, to time a process from spawn
 * to its first SERVING answer without a grpc-js client's own start-up in the way.
 */
import type { ClientHttp2Session } from "node:http2";
import { setTimeout as sleep } from "node:timers/promises";
import { decodeFrame, grpcFrame } from "./frames";
import { type CallOutcome, callHeaders, grpcCall, openSession } from "./grpc-client";

const CHECK_PATH = "/grpc.health.v1.Health/Check";
const HEADERS = callHeaders(CHECK_PATH);

function check(session: ClientHttp2Session, service: string): Promise<string> {
  const frame = grpcFrame("grpc.health.v1.HealthCheckRequest", { service });
  return new Promise((resolve) => {
    grpcCall(session, HEADERS, frame, true, (outcome: CallOutcome) => {
      if (outcome.status !== "0") return resolve(`grpc-status ${outcome.status}`);
      resolve(String(decodeFrame("grpc.health.v1.HealthCheckResponse", outcome.body).status));
    });
  });
}

export interface ProbeOptions {
  address: string;
  /** Services to wait for, in order ("" is the server as a whole). */
  services: string[];
  /** process.hrtime.bigint() taken just before the spawn. */
  since: bigint;
  pollMs: number;
  timeoutMs: number;
  /** Stops polling early (the process died). */
  gaveUp: () => string | undefined;
}

/** Milliseconds from `since` to the first SERVING of each service. */
export async function timeToServing(o: ProbeOptions): Promise<Record<string, number>> {
  const deadline = Date.now() + o.timeoutMs;
  const elapsedMs = () => Number(process.hrtime.bigint() - o.since) / 1e6;
  const stillTrying = () => {
    const reason = o.gaveUp();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) throw new Error(`${o.address} not SERVING after ${o.timeoutMs} ms`);
  };
  let session: ClientHttp2Session | undefined;
  while (!session) {
    stillTrying();
    session = await openSession(o.address).catch(() => undefined);
    if (!session) await sleep(o.pollMs);
  }
  const times: Record<string, number> = {};
  try {
    for (const service of o.services) {
      while ((await check(session, service)) !== "SERVING") {
        stillTrying();
        await sleep(o.pollMs);
      }
      times[service] = elapsedMs();
    }
  } finally {
    session.close();
  }
  return times;
}
