/**
 * Per-organization message counters of this sidecar: what each org sent into NATS and received
 * from it. The NATS server only counts per connection, and the connection is shared by every org,
 * so the org's own figures can only be counted here.
 */
export interface TrafficCounts {
  inMsgs: number;
  inBytes: number;
  outMsgs: number;
  outBytes: number;
}

/** Orgs tracked at most; the least recently active is forgotten first, so memory stays bounded. */
const MAX_ORGS = 10_000;

export class OrgTraffic {
  private readonly counts = new Map<string, TrafficCounts>();
  private lastOrg: string | undefined;
  private last: TrafficCounts | undefined;

  /** The org published `bytes` (into NATS: the server's "in"). */
  sent(org: string, bytes: number): void {
    const c = this.touch(org);
    c.inMsgs++;
    c.inBytes += bytes;
  }

  /** The org was handed `bytes` from NATS (the server's "out"). */
  received(org: string, bytes: number): void {
    const c = this.touch(org);
    c.outMsgs++;
    c.outBytes += bytes;
  }

  of(org: string): TrafficCounts {
    return { ...(this.counts.get(org) ?? { inMsgs: 0, inBytes: 0, outMsgs: 0, outBytes: 0 }) };
  }

  private touch(org: string): TrafficCounts {
    // The org counted last is already the most recent: no need to move it (the usual case under load).
    if (org === this.lastOrg && this.last) return this.last;
    let c = this.counts.get(org);
    if (c) this.counts.delete(org);
    else c = { inMsgs: 0, inBytes: 0, outMsgs: 0, outBytes: 0 };
    this.counts.set(org, c);
    if (this.counts.size > MAX_ORGS) this.counts.delete(this.counts.keys().next().value!);
    this.lastOrg = org;
    this.last = c;
    return c;
  }
}
