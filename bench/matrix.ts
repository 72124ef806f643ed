/**
 * The measuring loop every suite shares: each operation at each concurrency against each target,
 * with the same generator, warm-up and window, so rows are comparable.
 */
import type { Job } from "./load/drivers";
import type { CpuSampler } from "./load/generator";
import { runLoad } from "./load/generator";
import type { Row, SuiteOptions } from "./suite";

export interface Target<Op extends string> {
  /** Who answers, e.g. "sidecar", "echo", "direct ioredis". */
  name: string;
  job(op: Op): Job;
  samplers: CpuSampler[];
  /** Payload bytes one call of `op` moves, shown as MiB/s beside ops/s. */
  bytesPerOp?(op: Op): number;
}

export async function runMatrix<Op extends string>(
  operations: readonly Op[],
  concurrencies: readonly number[],
  targets: Target<Op>[],
  options: SuiteOptions,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const op of operations) {
    for (const concurrency of concurrencies) {
      for (const target of targets) {
        const load = await runLoad({
          job: target.job(op),
          concurrency,
          processes: concurrency === 1 ? 1 : options.processes,
          warmupMs: options.warmupSeconds * 1000,
          durationMs: options.seconds * 1000,
          samplers: target.samplers,
        });
        rows.push({ case: `${op} c=${concurrency}`, target: target.name, load, bytesPerOp: target.bytesPerOp?.(op) });
      }
    }
  }
  return rows;
}
