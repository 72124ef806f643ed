/**
 * What a benchmark suite is: bench/suites/<name>.ts exports `suite`, `npm run bench -- <name>` runs
 * it. A suite measures; run.ts prints and saves. Figures are never judged pass/fail on time: a
 * target is shown beside its figure for the reader.
 */
import type { LoadResult } from "./load/generator";
import type { ProfileSummary } from "./profile";

export interface SuiteOptions {
  /** Measured seconds per case (BENCH_SECONDS, default 5). */
  seconds: number;
  /** Warm-up seconds per case, not measured (BENCH_WARMUP_SECONDS, default 1). */
  warmupSeconds: number;
  /** Generator processes for cases with more than one call in flight (BENCH_PROCESSES, default 2). */
  processes: number;
  /** Rounds per case, targets taking turns in each (BENCH_ROUNDS, default 3); see matrix.ts. */
  rounds: number;
  /** Only these cases, e.g. ["Publish c=64"] (BENCH_ONLY, comma-separated); all when empty. */
  only: string[];
  /** Profile the sidecar (--profile or BENCH_PROFILE=1): only sidecar cases run. */
  profile: boolean;
  /** Open loop (--rate N or BENCH_RATE): N calls per second on a fixed schedule instead of closed-loop concurrencies. */
  rate?: number;
  /**
   * Also run the suite against a cluster (--cluster), beside the single server in the same run
   * (Redis: the seed nodes in BENCH_REDIS_CLUSTER, default those of `npm run backends -- --cluster`).
   */
  cluster: boolean;
}

export interface Row {
  /** What is measured, e.g. "Get c=64". */
  case: string;
  /** Who answers, e.g. "sidecar", "echo", "direct ioredis". */
  target: string;
  load: LoadResult;
  /** Payload bytes one call moves, where throughput in bytes means something (object storage). */
  bytesPerOp?: number;
}

/** One headline figure beside its target (the target is context, never a verdict on the run). */
export interface Summary {
  label: string;
  value: number;
  unit: string;
  /** e.g. "≥ 0.85"; absent for figures without a target. */
  target?: string;
  met?: boolean;
  note?: string;
}

export interface SuiteResult {
  title: string;
  rows: Row[];
  summary: Summary[];
  notes: string[];
  profile?: ProfileSummary;
}

export interface Suite {
  readonly name: string;
  run(options: SuiteOptions): Promise<SuiteResult>;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

/** `--rate N` or `--rate=N`, else BENCH_RATE; undefined: closed loops. */
function rateFrom(argv: string[], env: NodeJS.ProcessEnv): number | undefined {
  const i = argv.findIndex((a) => a === "--rate" || a.startsWith("--rate="));
  const raw = i < 0 ? env.BENCH_RATE : argv[i].includes("=") ? argv[i].slice("--rate=".length) : argv[i + 1];
  if (raw === undefined || raw === "") return undefined;
  const rate = Number(raw);
  if (!(rate > 0)) throw new Error(`--rate must be a positive number of calls per second, not "${raw}"`);
  return rate;
}

/** The suite named on the command line: the first argument that is neither a flag nor a flag's value. */
export function suiteNameFrom(argv: string[]): string | undefined {
  return argv.find((a, i) => !a.startsWith("-") && argv[i - 1] !== "--rate");
}

export function optionsFrom(argv: string[], env: NodeJS.ProcessEnv): SuiteOptions {
  return {
    rate: rateFrom(argv, env),
    seconds: positive(env, "BENCH_SECONDS", 5),
    warmupSeconds: positive(env, "BENCH_WARMUP_SECONDS", 1),
    processes: Math.round(positive(env, "BENCH_PROCESSES", 2)),
    rounds: Math.round(positive(env, "BENCH_ROUNDS", 3)),
    only: (env.BENCH_ONLY ?? "")
      .split(",")
      .map((c) => c.trim())
      .filter((c) => c !== ""),
    profile: argv.includes("--profile") || env.BENCH_PROFILE === "1",
    cluster: argv.includes("--cluster"),
  };
}

/** Notes every suite prints: how the sidecar ran, and what the echo baseline was sent. */
export const COMMON_NOTES = {
  audit: "audit was on: one JSON line per call written to the sidecar's stdout (/dev/null)",
  echo: "the echo server is sent the very requests the sidecar is, bearer token included (it reads none of it): the difference is the sidecar's work, not the request's size",
};
