/**
 * The measuring loop every suite shares: each operation at each concurrency against each target,
 * with the same generator, warm-up and window, so rows are comparable.
 */
import type { Job } from "./load/drivers";
import { grpcFrame } from "./load/frames";
import { type CpuSampler, combineRounds, type LoadResult, runLoad } from "./load/generator";
import { machineSampler, pidSampler } from "./load/samplers";
import type { Row, SuiteOptions } from "./suite";

export interface Target<Op extends string> {
  /** Who answers, e.g. "sidecar", "echo", "direct ioredis". */
  name: string;
  job(op: Op): Job;
  samplers: CpuSampler[];
  /** The answering process (sidecar, echo), whose RSS is read at the end of each window. */
  pid?: number;
  /** Payload bytes one call of `op` moves, shown as MiB/s beside ops/s. */
  bytesPerOp?(op: Op): number;
}

export interface GrpcServer {
  name: string;
  address: string;
  pid: number;
}

/**
 * A gRPC server under load (the sidecar or the echo): each operation one unary call of `service`
 * (e.g. "isa.nats.NATSService"), its request `request(op)` of type `<package>.<op>Request`, sent
 * with the bearer `token` (the echo is sent the very same requests). CPU is sampled for the server
 * and for `others` (the machine by default).
 */
export function grpcTarget<Op extends string>(
  server: GrpcServer,
  service: string,
  token: string,
  request: (op: Op) => Record<string, unknown>,
  others: CpuSampler[] = [machineSampler()],
): Target<Op> {
  const pkg = service.slice(0, service.lastIndexOf("."));
  return {
    name: server.name,
    job: (op) => ({
      kind: "grpc",
      address: server.address,
      path: `/${service}/${op}`,
      token,
      frame: grpcFrame(`${pkg}.${op}Request`, request(op)),
    }),
    samplers: [pidSampler("server", server.pid), ...others],
    pid: server.pid,
  };
}

/** One generator process for c=1, and per 5000 calls/s of an open loop (each costs a share of the CPUs). */
function processesFor(concurrency: number, options: SuiteOptions): number {
  if (options.rate) return Math.max(1, Math.min(options.processes, Math.ceil(options.rate / 5000)));
  return concurrency === 1 ? 1 : options.processes;
}

/**
 * Each case runs in `options.rounds` rounds, every target once per round in turn, each for its share
 * of the measured seconds. A shared machine has slow spells of tens of seconds; measured one target
 * after the other, a spell lands on one of them and the ratio swings (0.74 to 0.89 for the same
 * build); in rounds, it lands on all of them alike.
 */
export async function runMatrix<Op extends string>(
  operations: readonly Op[],
  concurrencies: readonly number[],
  targets: Target<Op>[],
  options: SuiteOptions,
): Promise<Row[]> {
  const rows: Row[] = [];
  // Open loop (--rate): one case per operation at that rate instead of the concurrencies.
  const levels = options.rate ? [0] : concurrencies;
  const caseName = (op: Op, concurrency: number) =>
    options.rate ? `${op} @${options.rate}/s` : `${op} c=${concurrency}`;
  for (const op of operations) {
    for (const concurrency of levels) {
      const name = caseName(op, concurrency);
      if (options.only.length > 0 && !options.only.includes(name)) continue;
      const rounds: LoadResult[][] = targets.map(() => []);
      for (let round = 0; round < options.rounds; round++) {
        for (const [i, target] of targets.entries()) {
          rounds[i]!.push(
            await runLoad({
              job: target.job(op),
              concurrency,
              processes: processesFor(concurrency, options),
              warmupMs: options.warmupSeconds * 1000,
              durationMs: (options.seconds * 1000) / options.rounds,
              samplers: target.samplers,
              rate: options.rate,
              serverPid: target.pid,
            }),
          );
        }
      }
      targets.forEach((target, i) => {
        const load = combineRounds(rounds[i]!);
        rows.push({ case: name, target: target.name, load, bytesPerOp: target.bytesPerOp?.(op) });
      });
    }
  }
  if (options.only.length > 0 && rows.length === 0) {
    const cases = operations.flatMap((op) => levels.map((c) => caseName(op, c)));
    throw new Error(`BENCH_ONLY=${options.only.join(",")} names no case of this suite; its cases: ${cases.join(", ")}`);
  }
  return rows;
}
