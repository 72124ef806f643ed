/**
 * Prometheus metrics, written by hand in the text format: per-RPC call counts by status code,
 * per-RPC latency histograms, dropped audit events. Each RPC gets its counters once, at bind time,
 * so the hot path is two array increments and no map lookups or string building.
 */

import { statusName } from "./errors";
import { status } from "./transport/status";

const BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];
const STATUS_COUNT = 17;

export class MethodStats {
  readonly calls = new Float64Array(STATUS_COUNT);
  readonly buckets = new Float64Array(BUCKETS_SECONDS.length);
  sumSeconds = 0;
  count = 0;

  constructor(
    readonly service: string,
    readonly method: string,
  ) {}

  observe(code: status, seconds: number): void {
    this.calls[code] = (this.calls[code] ?? 0) + 1;
    this.count++;
    this.sumSeconds += seconds;
    for (let i = 0; i < BUCKETS_SECONDS.length; i++) {
      if (seconds <= BUCKETS_SECONDS[i]!) {
        this.buckets[i]!++;
        break;
      }
    }
  }
}

export type Gauge = () => number;

export class Metrics {
  private readonly methods: MethodStats[] = [];
  private readonly gauges = new Map<string, { help: string; type: "gauge" | "counter"; read: Gauge }>();

  method(service: string, method: string): MethodStats {
    const stats = new MethodStats(service, method);
    this.methods.push(stats);
    return stats;
  }

  /** A value read when scraped (queue depths, dropped-event counters, backend state). */
  register(name: string, help: string, type: "gauge" | "counter", read: Gauge): void {
    this.gauges.set(name, { help, type, read });
  }

  render(): string {
    const out: string[] = [];
    out.push("# HELP isa_sidecar_calls_total Calls handled, by service, method and gRPC status code.");
    out.push("# TYPE isa_sidecar_calls_total counter");
    for (const m of this.methods) {
      m.calls.forEach((n, code) => {
        if (n > 0) out.push(`isa_sidecar_calls_total{${labels(m)},code="${statusName(code)}"} ${n}`);
      });
    }
    out.push("# HELP isa_sidecar_call_duration_seconds Call latency inside the sidecar, by service and method.");
    out.push("# TYPE isa_sidecar_call_duration_seconds histogram");
    for (const m of this.methods) {
      if (m.count === 0) continue;
      let cumulative = 0;
      BUCKETS_SECONDS.forEach((le, i) => {
        cumulative += m.buckets[i]!;
        out.push(`isa_sidecar_call_duration_seconds_bucket{${labels(m)},le="${le}"} ${cumulative}`);
      });
      out.push(`isa_sidecar_call_duration_seconds_bucket{${labels(m)},le="+Inf"} ${m.count}`);
      out.push(`isa_sidecar_call_duration_seconds_sum{${labels(m)}} ${m.sumSeconds}`);
      out.push(`isa_sidecar_call_duration_seconds_count{${labels(m)}} ${m.count}`);
    }
    for (const [name, g] of this.gauges) {
      out.push(`# HELP ${name} ${g.help}`, `# TYPE ${name} ${g.type}`, `${name} ${g.read()}`);
    }
    return `${out.join("\n")}\n`;
  }
}

const labels = (m: MethodStats) => `service="${m.service}",method="${m.method}"`;

export { status };
