/**
 * A request message that never completes must not hold a call forever: a client that opens a
 * stream and sends half a message (or stops between the messages of a client stream) would keep
 * a call, its buffers and, for uploads, a part in memory. While a call waits for its request, it
 * is registered here; one sweep every quarter of the timeout ends those that waited longer. A set
 * entry per call costs less than arming and clearing a timer per call, and the timeout is
 * coarse anyway (it is 30 s by default). Time the sidecar itself spends not reading
 * (back-pressure while a part goes to S3) is never registered, so it never counts.
 */
export interface Waiting {
  waitingSince: number;
  /** Called once the wait is over the limit. */
  expire(): void;
}

export class IdleWatch {
  private readonly waiting = new Set<Waiting>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(readonly limitMs: number) {}

  start(entry: Waiting): void {
    entry.waitingSince = performance.now();
    this.waiting.add(entry);
    this.sweeper ??= setInterval(() => this.sweep(), Math.max(10, this.limitMs / 4)).unref();
  }

  stop(entry: Waiting): void {
    this.waiting.delete(entry);
  }

  private sweep(): void {
    if (this.waiting.size === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
      return;
    }
    const now = performance.now();
    for (const entry of this.waiting) {
      if (now - entry.waitingSince < this.limitMs) continue;
      this.waiting.delete(entry);
      entry.expire();
    }
  }
}
