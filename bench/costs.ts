/**
 * What the sidecar costs at a fixed rate (--rate): the latency it adds over the bare echo server
 * (p90, p99, from each call's scheduled time), and its CPU per 1000 calls per second and RSS
 * beside the echo server's. Anchors a platform team compares with: Dapr's state API adds 0.75 ms
 * p90 and 1.52 ms p99 at 1000 rps; Envoy (Istio) uses 0.35 vCPU and 40 MB per 1000 rps.
 */
import { cpus } from "node:os";
import { vcpuPer1000 } from "./report";
import type { Row, Summary } from "./suite";

export const OPEN_LOOP_NOTE =
  "open loop: each call's latency runs from when it was due (a metronome thread ticks the schedule); a call the generator sends late counts that lag too, for every target alike (echo and direct included): read the sidecar against echo";

/** Issue 11's targets for the sidecar's vCPU per 1000 rps, by operation. */
const VCPU_TARGETS: Record<string, number> = { Get: 0.1, QueryRow: 0.15 };
/** Issue 11's targets for the latency added over echo, each with Dapr's figure as the anchor. */
const ADDED_LATENCY = [
  { quantile: "p90", of: (load: Row["load"]) => load.p90Us, targetUs: 250, daprUs: 750 },
  { quantile: "p99", of: (load: Row["load"]) => load.p99Us, targetUs: 1000, daprUs: 1520 },
] as const;

const opOf = (name: string) => name.split(" ")[0]!;

function caseSummary(name: string, sidecar: Row["load"], echo: Row["load"]): Summary[] {
  const out: Summary[] = ADDED_LATENCY.map(({ quantile, of, targetUs, daprUs }) => {
    const added = of(sidecar) - of(echo);
    return {
      label: `${name} added ${quantile} over echo`,
      value: added,
      unit: "µs",
      target: `≤ ${targetUs}`,
      met: added <= targetUs,
      note: `Dapr +${daprUs} µs`,
    };
  });
  const vcpu = vcpuPer1000(sidecar);
  if (vcpu !== undefined) {
    const target = VCPU_TARGETS[opOf(name)];
    const echoVcpu = vcpuPer1000(echo);
    out.push({
      label: `${name} sidecar vCPU per 1000 rps`,
      value: vcpu,
      unit: "vCPU",
      ...(target === undefined ? {} : { target: `≤ ${target}`, met: vcpu <= target }),
      note: `echo ${echoVcpu === undefined ? "-" : echoVcpu.toFixed(3)}; Envoy 0.35`,
    });
  }
  if (sidecar.serverRssMiB !== undefined) {
    out.push({
      label: `${name} sidecar RSS at the rate`,
      value: sidecar.serverRssMiB,
      unit: "MiB",
      note: `echo ${echo.serverRssMiB?.toFixed(1) ?? "-"} MiB; Envoy 40 MB per 1000 rps`,
    });
  }
  return out;
}

/** One set of figures per case that has both a sidecar and an echo row. */
export function costSummary(rows: Row[]): Summary[] {
  const cases = [...new Set(rows.map((r) => r.case))];
  return cases.flatMap((name) => {
    const find = (target: string) => rows.find((r) => r.case === name && r.target === target)?.load;
    const [sidecar, echo] = [find("sidecar"), find("echo")];
    return sidecar && echo ? caseSummary(name, sidecar, echo) : [];
  });
}

/**
 * A warning when the machine was nearly saturated during some case (other work included): an open
 * loop's tail latencies then measure the scheduler's queue more than the sidecar.
 */
export function busyMachineNote(rows: Row[]): string | undefined {
  const capacity = cpus().length * 100;
  const busiest = Math.max(...rows.map((r) => r.load.cpu.machine ?? 0));
  if (busiest < 0.85 * capacity) return undefined;
  return `the machine was ${busiest.toFixed(0)} % busy of ${capacity} % in some case: its latencies are those of a saturated machine; vCPU per 1000 rps holds better`;
}
