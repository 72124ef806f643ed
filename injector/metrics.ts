/**
 * The injector's Prometheus metrics, in the text format: pods injected, skipped by reason, and
 * reviews that failed, plus certificate reloads so an operator sees a rotation that did not take.
 */
import { SKIP_REASONS } from "./mutate";

/** Why a review got no decision from the mutation (HTTP 4xx/5xx or a refused admission). */
export const FAILURE_REASONS = [
  "malformed_review",
  "unsupported_media_type",
  "body_too_large",
  "internal_error",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** A review the webhook answers without running the mutation: not a pod, or not a CREATE. */
export const UNSUPPORTED_REQUEST = "unsupported_request";

const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

export class InjectorMetrics {
  private injected = 0;
  private readonly skipped = new Map<string, number>([...SKIP_REASONS, UNSUPPORTED_REQUEST].map((r) => [r, 0]));
  private readonly failed = new Map<string, number>(FAILURE_REASONS.map((r) => [r, 0]));
  private warnings = 0;
  private readonly reloads = { ok: 0, error: 0 };
  private certNotAfterSeconds = 0;
  private readonly buckets = new Array<number>(BUCKETS.length).fill(0);
  private durationSum = 0;
  private durationCount = 0;

  countInjected(): void {
    this.injected++;
  }

  countSkipped(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  countFailed(reason: FailureReason): void {
    this.failed.set(reason, (this.failed.get(reason) ?? 0) + 1);
  }

  countWarnings(n: number): void {
    this.warnings += n;
  }

  countReload(ok: boolean, notAfter?: Date): void {
    this.reloads[ok ? "ok" : "error"]++;
    if (notAfter) this.certNotAfterSeconds = Math.floor(notAfter.getTime() / 1000);
  }

  observeReview(seconds: number): void {
    this.durationSum += seconds;
    this.durationCount++;
    const i = BUCKETS.findIndex((le) => seconds <= le);
    if (i >= 0) this.buckets[i]!++;
  }

  render(): string {
    const out: string[] = [];
    const family = (name: string, type: string, help: string) =>
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family("isa_injector_injected_total", "counter", "Pods the sidecar was injected into.");
    out.push(`isa_injector_injected_total ${this.injected}`);
    family("isa_injector_skipped_total", "counter", "Pods left unchanged, by reason.");
    for (const [reason, n] of this.skipped) out.push(`isa_injector_skipped_total{reason="${reason}"} ${n}`);
    family("isa_injector_failed_total", "counter", "Reviews that could not be answered with a mutation, by reason.");
    for (const [reason, n] of this.failed) out.push(`isa_injector_failed_total{reason="${reason}"} ${n}`);
    family("isa_injector_warnings_total", "counter", "Admission warnings returned (invalid annotations and the like).");
    out.push(`isa_injector_warnings_total ${this.warnings}`);
    family("isa_injector_certificate_reloads_total", "counter", "Serving certificate (re)loads, by result.");
    out.push(`isa_injector_certificate_reloads_total{result="ok"} ${this.reloads.ok}`);
    out.push(`isa_injector_certificate_reloads_total{result="error"} ${this.reloads.error}`);
    family("isa_injector_certificate_expiry_timestamp_seconds", "gauge", "notAfter of the serving certificate.");
    out.push(`isa_injector_certificate_expiry_timestamp_seconds ${this.certNotAfterSeconds}`);
    family("isa_injector_review_duration_seconds", "histogram", "Time to answer an admission review.");
    let cumulative = 0;
    BUCKETS.forEach((le, i) => {
      cumulative += this.buckets[i]!;
      out.push(`isa_injector_review_duration_seconds_bucket{le="${le}"} ${cumulative}`);
    });
    out.push(`isa_injector_review_duration_seconds_bucket{le="+Inf"} ${this.durationCount}`);
    out.push(`isa_injector_review_duration_seconds_sum ${this.durationSum}`);
    out.push(`isa_injector_review_duration_seconds_count ${this.durationCount}`);
    return `${out.join("\n")}\n`;
  }
}
