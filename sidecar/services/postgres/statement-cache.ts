/**
 * Prepared statements of one tenant connection, by SQL text. PostgreSQL parses and plans an
 * unnamed statement on every call; a named one is parsed once per connection and then only bound
 * and executed. Bounded by count and by bytes of SQL text, least recently used first out: an
 * evicted statement is closed (the protocol's DEALLOCATE) in front of the connection's next
 * statement, in the same write, so dynamic SQL cannot grow the server's memory and costs no
 * extra round trip.
 *
 * Only statements run outside a transaction use it. Inside one, a cached plan invalidated by the
 * transaction's own DDL ("cached plan must not change result type") would abort the transaction,
 * where a retry is no longer possible; an unnamed statement never has that failure.
 */
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { isDatabaseError } from "./errors";
import { Statement, type StatementOptions, type StatementResult } from "./statement";

export interface StatementCacheLimits {
  /** Statements kept per connection; 0 turns the cache off. */
  count: number;
  /** Bytes of SQL text kept per connection. */
  bytes: number;
}

export const DEFAULT_CACHE_LIMITS: StatementCacheLimits = { count: 100, bytes: 256 * 1024 };

/** How one statement goes on the wire: under a name, parsed first or not, after closing `closes`. */
export interface Plan {
  name: string;
  parse: boolean;
  closes: string[];
}

/**
 * Statement names carry a random token of this process, so a caller's own PREPARE cannot collide
 * with one by accident (and they never look like a role or schema name error messages mask).
 */
const NAME_PREFIX = `sidecar_${randomBytes(4).toString("hex")}_`;

interface Entry {
  name: string;
  bytes: number;
}

export class StatementCache {
  /** Map order is recency: the first entry is the least recently used. */
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private counter = 0;
  /** Evicted or doubtful names, closed in front of the next statement. */
  private closing: string[] = [];

  constructor(private readonly limits: StatementCacheLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get textBytes(): number {
    return this.bytes;
  }

  /** What to send for `sql`: undefined when it is not cached (cache off, or text over the byte bound). */
  plan(sql: string): Plan | undefined {
    const found = this.entries.get(sql);
    if (found) {
      this.entries.delete(sql);
      this.entries.set(sql, found);
      return { name: found.name, parse: false, closes: this.takeCloses() };
    }
    const bytes = Buffer.byteLength(sql);
    if (this.limits.count === 0 || bytes > this.limits.bytes) return undefined;
    const entry = { name: `${NAME_PREFIX}${++this.counter}`, bytes };
    this.entries.set(sql, entry);
    this.bytes += bytes;
    this.evictOver();
    return { name: entry.name, parse: true, closes: this.takeCloses() };
  }

  /** The statement failed: whether the server holds it is unknown, so it is closed and parsed anew next time. */
  forget(sql: string): void {
    const entry = this.entries.get(sql);
    if (!entry) return;
    this.entries.delete(sql);
    this.bytes -= entry.bytes;
    this.closing.push(entry.name);
  }

  /** The server lost statements it should have (DEALLOCATE ALL, DISCARD): start over. */
  forgetAll(): void {
    for (const sql of [...this.entries.keys()]) this.forget(sql);
  }

  /** Closes that went out with a statement that failed: sent again (closing a missing name is no error). */
  requeue(names: string[]): void {
    this.closing.push(...names);
  }

  /** Names waiting to be closed (tests and stats). */
  get pendingCloses(): readonly string[] {
    return this.closing;
  }

  private evictOver(): void {
    while (this.entries.size > this.limits.count || this.bytes > this.limits.bytes) {
      const [sql, entry] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(sql);
      this.bytes -= entry.bytes;
      this.closing.push(entry.name);
    }
  }

  private takeCloses(): string[] {
    if (this.closing.length === 0) return NONE;
    const taken = this.closing;
    this.closing = [];
    return taken;
  }
}

const NONE: string[] = [];

const caches = new WeakMap<pg.ClientBase, StatementCache>();

/** The connection's cache, made on first use. */
export function cacheOf(client: pg.ClientBase, limits: StatementCacheLimits): StatementCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new StatementCache(limits);
    caches.set(client, cache);
  }
  return cache;
}

/**
 * A cached statement the server no longer holds as it was: gone (26000, e.g. after DEALLOCATE ALL)
 * or its plan's result type changed under it (0A000 from RevalidateCachedQuery, after DDL). Both
 * fail at Bind, before anything ran, so running it once more, parsed anew, is safe.
 */
export function isStale(err: unknown): "gone" | "changed" | undefined {
  if (!isDatabaseError(err)) return undefined;
  if (err.code === "26000") return "gone";
  const routine = (err as { routine?: string }).routine;
  if (err.code === "0A000" && routine === "RevalidateCachedQuery") return "changed";
  return undefined;
}

/** Sends the statement on the connection and resolves with its result. */
export type Submitter = (statement: Statement) => Promise<StatementResult>;

/**
 * Runs one statement on `client`: prepared through the connection's cache when the connection is
 * outside a transaction, unnamed inside one. A stale cached statement is retried once, parsed anew.
 */
export async function runStatement(
  client: pg.ClientBase,
  limits: StatementCacheLimits,
  sql: string,
  values: (string | null)[],
  options: StatementOptions,
  submit: Submitter,
): Promise<StatementResult> {
  const idle = (client as pg.PoolClient).getTransactionStatus?.() === "I";
  if (!idle) return submit(new Statement(sql, values, options));
  const cache = cacheOf(client, limits);
  const plan = cache.plan(sql);
  try {
    return await submit(new Statement(sql, values, options, plan));
  } catch (err) {
    if (!plan) throw err;
    cache.requeue(plan.closes);
    const stale = plan.parse ? undefined : isStale(err);
    // A statement parsed in this round trip may or may not exist now; one bound from the cache
    // still does, unless it is stale (a constraint violation leaves it intact).
    if (stale === "gone") cache.forgetAll();
    else if (stale || plan.parse) cache.forget(sql);
    if (!stale) throw err;
    return submit(new Statement(sql, values, options, cache.plan(sql)));
  }
}
