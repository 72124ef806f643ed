/** Prints a suite's figures: one table of cases, then the headline figures beside their targets. */
import type { ProfileSummary } from "./profile";
import type { Row, SuiteOptions, SuiteResult, Summary } from "./suite";

const fixed = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? "-"
    : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** CPU columns beyond the generator's: every party sampled in any row ("server", "redis", ...). */
function cpuParties(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r.load.cpu)))];
}

const MiB = 1024 * 1024;

/** vCPU the server used per 1000 calls per second (its CPU % over the window / 100, per 1000 ops/s). */
export function vcpuPer1000(load: Row["load"]): number | undefined {
  const cpu = load.cpu.server;
  return cpu === undefined || load.opsPerSec === 0 ? undefined : cpu / 100 / (load.opsPerSec / 1000);
}

export function casesTable(rows: Row[], openLoop = false): string {
  const parties = cpuParties(rows);
  // Only suites whose calls carry a payload size (object storage) get a throughput column.
  const withBytes = rows.some((r) => r.bytesPerOp !== undefined);
  const headers = [
    "case",
    "target",
    "ops/s",
    ...(withBytes ? ["MiB/s"] : []),
    "p50 µs",
    ...(openLoop ? ["p90 µs"] : []),
    "p99 µs",
    ...(openLoop ? ["p99.9 µs"] : []),
    "gen CPU %",
    ...parties.map((p) => `${p} CPU %`),
    "vCPU/1k rps",
    "RSS MiB",
    "errors",
  ];
  const cells = rows.map(({ case: name, target, load, bytesPerOp }) => [
    name,
    target,
    fixed(load.opsPerSec),
    ...(withBytes ? [fixed(bytesPerOp === undefined ? undefined : (load.opsPerSec * bytesPerOp) / MiB, 1)] : []),
    fixed(load.p50Us),
    ...(openLoop ? [fixed(load.p90Us)] : []),
    fixed(load.p99Us),
    ...(openLoop ? [fixed(load.p999Us)] : []),
    load.generatorCpu.map((c) => fixed(c)).join("+"),
    ...parties.map((p) => fixed(load.cpu[p])),
    fixed(vcpuPer1000(load), 3),
    fixed(load.serverRssMiB),
    String(load.errors),
  ]);
  return table(headers, cells);
}

/** Decimals a summary figure is printed with, by unit (0 for the rest: µs, ops/s). */
const SUMMARY_DIGITS: Record<string, number> = { "": 3, vCPU: 3, ms: 1, MiB: 1, "×": 2 };

function summaryLine(s: Summary): string {
  const digits = SUMMARY_DIGITS[s.unit] ?? 0;
  const value = `${fixed(s.value, digits)}${s.unit === "" ? "" : ` ${s.unit}`}`;
  const target = s.target ? ` (target ${s.target}${s.met === undefined ? "" : s.met ? ": met" : ": not met"})` : "";
  return `${s.label} = ${value}${target}${s.note ? `; ${s.note}` : ""}`;
}

export function profileText(p: ProfileSummary): string {
  const rows = (list: { name: string; ms: number; percent: number }[]) =>
    list.map((e) => [fixed(e.ms, 1), fixed(e.percent, 1), e.name]);
  return [
    `sidecar CPU profile: ${fixed(p.busyMs)} ms busy, ${fixed(p.idleMs)} ms idle; self time, % of busy`,
    "",
    table(["self ms", "%", "function"], rows(p.functions)),
    "",
    table(["self ms", "%", "package"], rows(p.packages)),
  ].join("\n");
}

export function renderReport(result: SuiteResult, options: SuiteOptions): string {
  const errors = result.rows.filter((r) => r.load.errors > 0);
  const lines = [
    `${result.title}: ${options.seconds} s measured per case and target, in ${options.rounds} rounds taking turns, each after ${options.warmupSeconds} s warm-up${options.rate ? `; open loop at ${options.rate} calls/s, latency from each call's scheduled time` : ""}`,
    "",
    casesTable(result.rows, options.rate !== undefined),
    "",
    ...result.summary.map(summaryLine),
    ...(result.notes.length > 0 ? ["", ...result.notes.map((n) => `note: ${n}`)] : []),
    ...errors.map(
      (r) => `ERRORS in ${r.case} / ${r.target}: ${r.load.errors} failed calls, first: ${r.load.firstError}`,
    ),
    ...(result.profile ? ["", profileText(result.profile)] : []),
  ];
  return `${lines.join("\n")}\n`;
}
