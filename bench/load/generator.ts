/**
 * The load generator, parent side: forks the worker processes, runs warm-up then the measured
 * window, samples the CPU of whoever else is involved (server, Redis) over that same window, and
 * merges the workers' figures.
 */
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { exited, hasExited, interrupted, track } from "../processes";
import type { Job } from "./drivers";
import { percentiles } from "./latency";
import { processMemoryMiB } from "./proc-stats";
import type { FromWorker, ToWorker, WorkerResult } from "./worker";

/** CPU time used so far by something other than the generator, in microseconds. */
export interface CpuSampler {
  readonly name: string;
  read(): Promise<number | undefined>;
}

export interface LoadSpec {
  job: Job;
  concurrency: number;
  /** Generator processes; the calls in flight are split evenly between them. */
  processes: number;
  warmupMs: number;
  durationMs: number;
  samplers: CpuSampler[];
  /** Open loop: this many calls per second in all, on a fixed schedule; `concurrency` is then unused. */
  rate?: number;
  /** The server's pid, to read its RSS at the end of the window. */
  serverPid?: number;
}

export interface LoadResult {
  ops: number;
  opsPerSec: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  p999Us: number;
  errors: number;
  firstError: string | undefined;
  /** CPU of each generator process over the window, % of one core. */
  generatorCpu: number[];
  /** CPU of each sampled party over the window, % of one core (undefined when unreadable). */
  cpu: Record<string, number | undefined>;
  /** The server's RSS at the end of the window, MiB (undefined when there is no server process). */
  serverRssMiB?: number;
}

const PERCENTILES = [50, 90, 99, 99.9];

const WORKER = join(__dirname, "worker.js");

function nextMessage(child: ChildProcess, want: FromWorker["type"]): Promise<FromWorker> {
  if (hasExited(child)) return Promise.reject(new Error(`load generator exited (${child.exitCode})`));
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromWorker) => {
      if (message.type === "failed") finish(() => reject(new Error(`load generator: ${message.error}`)));
      else if (message.type === want) finish(() => resolve(message));
    };
    const onExit = (code: number | null) => finish(() => reject(new Error(`load generator exited (${code})`)));
    const finish = (settle: () => void) => {
      child.off("message", onMessage);
      child.off("exit", onExit);
      settle();
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

async function startWorkers(spec: LoadSpec): Promise<ChildProcess[]> {
  const count = Math.max(1, Math.min(spec.processes, spec.rate ? spec.processes : spec.concurrency));
  const workers = Array.from({ length: count }, () =>
    track(
      fork(WORKER, [], { serialization: "advanced", execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] }),
    ),
  );
  const ready = Promise.all(
    workers.map((worker, i) => {
      // Spread the calls in flight: 64 over 2 processes is 32 each; a remainder goes to the first ones.
      const concurrency = Math.floor(spec.concurrency / count) + (i < spec.concurrency % count ? 1 : 0);
      const answered = nextMessage(worker, "ready");
      // Open loop: each process takes every count-th slot of the one schedule.
      const schedule = spec.rate ? { rate: spec.rate / count, offsetMs: (1000 * i) / spec.rate } : undefined;
      worker.send({ type: "job", job: spec.job, concurrency, worker: i, schedule } satisfies ToWorker);
      return answered;
    }),
  );
  await ready.catch(async (err) => {
    await Promise.all(workers.map(endWorker));
    throw err;
  });
  return workers;
}

/** Workers end when disconnected (after their result is in); one that does not is killed. */
async function endWorker(worker: ChildProcess): Promise<void> {
  if (worker.connected) worker.disconnect();
  const timer = setTimeout(() => worker.kill("SIGKILL"), 5000);
  await exited(worker);
  clearTimeout(timer);
}

const readAll = (samplers: CpuSampler[]) => Promise.all(samplers.map((s) => s.read()));

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const workers = await startWorkers(spec);
  try {
    const broadcast = (type: "go" | "measure" | "stop") => {
      for (const worker of workers) if (worker.connected) worker.send({ type } satisfies ToWorker);
    };
    broadcast("go");
    await sleep(spec.warmupMs, undefined, { signal: interrupted });
    const before = await readAll(spec.samplers);
    const from = process.hrtime.bigint();
    broadcast("measure");
    await sleep(spec.durationMs, undefined, { signal: interrupted });
    const results = workers.map((w) => nextMessage(w, "result") as Promise<WorkerResult>);
    broadcast("stop");
    const windowUs = Number(process.hrtime.bigint() - from) / 1000;
    const after = await readAll(spec.samplers);
    const result = merge(await Promise.all(results), spec.samplers, before, after, windowUs);
    // Set on the merged object itself: its raw latencies are keyed by it (combineRounds).
    if (spec.serverPid !== undefined) result.serverRssMiB = processMemoryMiB(spec.serverPid, "VmRSS");
    return result;
  } finally {
    await Promise.all(workers.map(endWorker));
  }
}

/** Each result's raw latencies (µs), so results of several rounds merge into exact percentiles. */
const rawLatencies = new WeakMap<LoadResult, Float64Array[]>();

/**
 * One result from several rounds of the same load: calls and errors add up, rates and CPU are the
 * mean of the rounds (equal windows), percentiles come from every call's latency.
 */
export function combineRounds(rounds: LoadResult[]): LoadResult {
  if (rounds.length === 1) return rounds[0]!;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const meanOf = (read: (r: LoadResult) => number | undefined) => {
    const values = rounds.map(read);
    return values.some((v) => v === undefined) ? undefined : mean(values as number[]);
  };
  const [p50Us, p90Us, p99Us, p999Us] = percentiles(
    rounds.flatMap((r) => rawLatencies.get(r) ?? []),
    PERCENTILES,
  );
  const cpu: Record<string, number | undefined> = {};
  for (const party of Object.keys(rounds[0]!.cpu)) cpu[party] = meanOf((r) => r.cpu[party]);
  const combined: LoadResult = {
    ops: rounds.reduce((n, r) => n + r.ops, 0),
    opsPerSec: mean(rounds.map((r) => r.opsPerSec)),
    p50Us,
    p90Us,
    p99Us,
    p999Us,
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
    generatorCpu: rounds[0]!.generatorCpu.map((_, i) => meanOf((r) => r.generatorCpu[i]) ?? Number.NaN),
    cpu,
    serverRssMiB: meanOf((r) => r.serverRssMiB),
  };
  rawLatencies.set(
    combined,
    rounds.flatMap((r) => rawLatencies.get(r) ?? []),
  );
  return combined;
}

function merge(
  results: WorkerResult[],
  samplers: CpuSampler[],
  before: (number | undefined)[],
  after: (number | undefined)[],
  windowUs: number,
): LoadResult {
  const [p50Us, p90Us, p99Us, p999Us] = percentiles(
    results.map((r) => r.latencies),
    PERCENTILES,
  );
  const cpu: Record<string, number | undefined> = {};
  samplers.forEach((s, i) => {
    const b = before[i];
    const a = after[i];
    cpu[s.name] = a === undefined || b === undefined ? undefined : (100 * (a - b)) / windowUs;
  });
  const result: LoadResult = {
    ops: results.reduce((n, r) => n + r.ops, 0),
    opsPerSec: results.reduce((n, r) => n + r.ops / (r.elapsedNs / 1e9), 0),
    p50Us,
    p90Us,
    p99Us,
    p999Us,
    errors: results.reduce((n, r) => n + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
    generatorCpu: results.map((r) => (100 * r.cpuMicros) / (r.elapsedNs / 1000)),
    cpu,
  };
  rawLatencies.set(
    result,
    results.map((r) => r.latencies),
  );
  return result;
}
