/**
 * `npm run bench -- <suite> [--profile] [--rate N] [--cluster]`: runs bench/suites/<suite>.ts and
 * prints its figures; with --rate, each operation in an open loop at N calls per second instead of
 * at the suite's concurrencies; --cluster adds the suite's cluster target (redis: a Redis Cluster,
 * BENCH_REDIS_CLUSTER).
 * The exit code says whether the run worked (no failed calls), never whether a figure met its target.
 *
 * Environment: BENCH_SECONDS (measured per case, 5), BENCH_WARMUP_SECONDS (1, before each round),
 * BENCH_ROUNDS (3: the measured seconds split into rounds, targets taking turns), BENCH_ONLY (cases
 * to run, e.g. "Publish c=64,Get c=1"; all by default), BENCH_PROCESSES
 * (generator processes when more than one call is in flight, 2), BENCH_STARTS (timed cold starts, 3),
 * BENCH_SIDECAR_ARGS (extra sidecar flags, for A/B runs), BENCH_PROFILE=1 (same as --profile), BENCH_RATE=N (same as --rate N), BENCH_JSON=<path> (also write the figures as JSON), and per
 * suite its backend, e.g. BENCH_REDIS_URL.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { busyMachineNote, costSummary, OPEN_LOOP_NOTE } from "./costs";
import { runMain } from "./processes";
import { renderReport } from "./report";
import { optionsFrom, type Suite, suiteNameFrom } from "./suite";

const SUITES_DIR = join(__dirname, "suites");

function available(): string[] {
  return readdirSync(SUITES_DIR)
    .filter((f) => f.endsWith(".js"))
    .map((f) => f.slice(0, -3));
}

function loadSuite(name: string | undefined): Suite {
  if (!name || !/^[a-z0-9-]+$/.test(name) || !existsSync(join(SUITES_DIR, `${name}.js`))) {
    throw new Error(`usage: npm run bench -- <suite> [--profile] [--rate N]; suites: ${available().join(", ")}`);
  }
  // Suites are picked by name at run time, hence a plain require.
  return (require(join(SUITES_DIR, `${name}.js`)) as { suite: Suite }).suite;
}

async function main(argv: string[]): Promise<number> {
  const suite = loadSuite(suiteNameFrom(argv));
  const options = optionsFrom(argv, process.env);
  const startedAt = new Date().toISOString();
  const result = await suite.run(options);
  if (options.rate) {
    result.summary.push(...costSummary(result.rows));
    result.notes.push(OPEN_LOOP_NOTE);
    const busy = busyMachineNote(result.rows);
    if (busy) result.notes.push(busy);
  }
  process.stdout.write(renderReport(result, options));
  if (process.env.BENCH_JSON) {
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version };
    writeFileSync(
      process.env.BENCH_JSON,
      `${JSON.stringify({ suite: suite.name, startedAt, machine, options, ...result }, null, 2)}\n`,
    );
    process.stdout.write(`figures written to ${process.env.BENCH_JSON}\n`);
  }
  return result.rows.some((r) => r.load.errors > 0) ? 1 : 0;
}

runMain("bench", main);
