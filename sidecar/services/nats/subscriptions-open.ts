/**
 * The open Subscribe / QueueSubscribe streams of each caller (org and user), so `Unsubscribe` can
 * end the caller's own subscriptions to a subject and nobody else's.
 */
import type { Tenant } from "../../tenancy";

interface Entry {
  readonly subject: string;
  readonly end: () => void;
}

export class SubscriptionRegistry {
  private readonly byCaller = new Map<string, Set<Entry>>();

  /** Registers a subscription; returns the function that removes it again. */
  add(caller: Tenant, subject: string, end: () => void): () => void {
    const key = callerKey(caller);
    const entries = this.byCaller.get(key) ?? new Set<Entry>();
    this.byCaller.set(key, entries);
    const entry = { subject, end };
    entries.add(entry);
    return () => {
      entries.delete(entry);
      if (entries.size === 0 && this.byCaller.get(key) === entries) this.byCaller.delete(key);
    };
  }

  /** Ends the caller's subscriptions to exactly this subject; returns how many there were. */
  end(caller: Tenant, subject: string): number {
    const matching = [...(this.byCaller.get(callerKey(caller)) ?? [])].filter((e) => e.subject === subject);
    for (const entry of matching) entry.end();
    return matching.length;
  }
}

/** JSON keeps the pair unambiguous whatever characters the ids hold. */
const callerKey = (t: Tenant) => JSON.stringify([t.org, t.user]);
