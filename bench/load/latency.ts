/** Latencies of one measured window, kept raw (a few MB at most) so percentiles are exact and merge trivially. */
export class LatencyRecorder {
  private values = new Float64Array(1 << 16);
  private count = 0;

  /** One latency in microseconds. */
  add(micros: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = micros;
  }

  snapshot(): Float64Array {
    return this.values.slice(0, this.count);
  }
}

/** Nearest-rank percentiles (p in 0..100) of the merged latencies; NaN when there are none. */
export function percentiles(parts: Float64Array[], ps: number[]): number[] {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const all = new Float64Array(total);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  all.sort();
  return ps.map((p) => (total === 0 ? Number.NaN : all[Math.min(total - 1, Math.ceil((p / 100) * total) - 1)]));
}
