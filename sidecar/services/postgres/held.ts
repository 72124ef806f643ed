/**
 * Transactions the sidecar holds open between calls (BeginTransaction … Commit/Rollback), each
 * on its own connection of the org's pool. An id is bound to the org and user that began it
 * (anyone else gets NOT_FOUND); calls on one transaction take turns; an idle transaction is
 * rolled back; a transaction whose connection dropped is reported lost, never committed.
 */
import { randomUUID } from "node:crypto";
import type { Lease, PostgresBackend } from "../../backends/postgres";
import { notFound, resourceExhausted, SidecarError } from "../../errors";
import type { CallContext } from "../../operation";
import { forgetSessionState, Session } from "./session";

interface Held {
  readonly id: string;
  readonly org: string;
  readonly user: string;
  readonly lease: Lease;
  idleTimer?: NodeJS.Timeout;
  /** Calls on this transaction, one after another. */
  turn: Promise<unknown>;
  ended: boolean;
  /** A call changed session settings: the connection is closed, not pooled, when the transaction ends. */
  dirty: boolean;
}

/** Why a transaction is gone, so later calls on its id get a useful answer. */
interface Tombstone {
  readonly org: string;
  readonly user: string;
  readonly reason: string;
  /** Nothing of it was committed. */
  readonly rolledBack: boolean;
}

const MAX_TOMBSTONES = 10_000;

export interface HeldLimits {
  maxPerOrg: number;
  idleMs: number;
}

const ISOLATION_LEVELS = new Set(["READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"]);

/** "repeatable_read", "Repeatable Read" → "REPEATABLE READ"; "" → the server default. */
export function isolationLevel(given: string): string | undefined {
  const level = given.trim().replace(/[_-]+/g, " ").replace(/\s+/g, " ").toUpperCase();
  if (level === "") return undefined;
  if (!ISOLATION_LEVELS.has(level)) {
    throw new SidecarError(
      "invalid_argument",
      `isolation_level "${given}": use READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ or SERIALIZABLE`,
    );
  }
  return level;
}

export class HeldTransactions {
  private readonly open = new Map<string, Held>();
  private readonly tombstones = new Map<string, Tombstone>();
  /** Open or being opened, per org (counted before the connection is awaited, so races cannot exceed it). */
  private readonly perOrg = new Map<string, number>();

  constructor(
    private readonly backend: PostgresBackend,
    private readonly limits: HeldLimits,
  ) {}

  async begin(ctx: CallContext, level: string | undefined, until: number): Promise<string> {
    const { org, user } = ctx.identity;
    const count = this.perOrg.get(org) ?? 0;
    if (count >= this.limits.maxPerOrg) {
      throw resourceExhausted(`this organization already has ${count} open transactions, the maximum`);
    }
    this.perOrg.set(org, count + 1);
    let lease: Lease | undefined;
    try {
      lease = await this.backend.lease(org, until);
      await lease.client.query(level ? `BEGIN ISOLATION LEVEL ${level}` : "BEGIN");
    } catch (err) {
      lease?.release(true);
      this.uncount(org);
      throw err;
    }
    const tx: Held = { id: randomUUID(), org, user, lease, turn: Promise.resolve(), ended: false, dirty: false };
    lease.onBroken(() =>
      this.end(tx, "the connection to PostgreSQL was lost while the transaction was open; nothing was committed", true),
    );
    this.open.set(tx.id, tx);
    this.armIdle(tx);
    return tx.id;
  }

  /** Runs `work` inside the transaction, after any call already running on it. */
  use<T>(ctx: CallContext, id: string, work: (session: Session) => Promise<T>): Promise<T> {
    const tx = this.find(ctx, id);
    return this.takeTurn(tx, async () => {
      const session = new Session(tx.lease, ctx, this.backend, true);
      try {
        return await work(session);
      } finally {
        this.afterCall(tx, session);
      }
    });
  }

  commit(ctx: CallContext, id: string): Promise<void> {
    const tx = this.find(ctx, id);
    return this.takeTurn(tx, async () => {
      let tag: string | undefined;
      try {
        tag = (await tx.lease.client.query("COMMIT")).command;
      } catch (err) {
        this.end(tx, "the connection to PostgreSQL was lost during COMMIT", true);
        throw new SidecarError(
          "unavailable",
          `the connection to PostgreSQL was lost during COMMIT: ${(err as Error).message}`,
        );
      }
      if (tag === "ROLLBACK") {
        const reason = "a statement in the transaction had failed, so PostgreSQL rolled it back; nothing was committed";
        this.end(tx, reason, false, true);
        throw new SidecarError("failed_precondition", reason);
      }
      this.end(tx, "the transaction was committed", false, false);
    });
  }

  /** Rolls back; a transaction the sidecar already rolled back (idle, lost) counts as done. */
  async rollback(ctx: CallContext, id: string): Promise<void> {
    const ended = this.tombstoneFor(ctx, id);
    if (ended?.rolledBack) return;
    const tx = this.find(ctx, id);
    await this.takeTurn(tx, async () => {
      await tx.lease.client.query("ROLLBACK").catch(() => undefined);
      this.end(tx, "the transaction was rolled back", tx.lease.broken !== undefined, true);
    });
  }

  openFor(org: string): number {
    return this.perOrg.get(org) ?? 0;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(
      [...this.open.values()].map((tx) =>
        this.takeTurn(tx, async () => {
          await tx.lease.client.query("ROLLBACK").catch(() => undefined);
          this.end(tx, "the sidecar shut down; the transaction was rolled back", true);
        }),
      ),
    );
  }

  private find(ctx: CallContext, id: string): Held {
    const tx = this.open.get(id);
    if (tx && tx.org === ctx.identity.org && tx.user === ctx.identity.user) return tx;
    const ended = this.tombstoneFor(ctx, id);
    if (ended) throw new SidecarError("failed_precondition", `transaction ${id} has ended: ${ended.reason}`);
    throw notFound(`no open transaction ${JSON.stringify(id)} for this caller`);
  }

  private tombstoneFor(ctx: CallContext, id: string): Tombstone | undefined {
    const t = this.tombstones.get(id);
    return t && t.org === ctx.identity.org && t.user === ctx.identity.user ? t : undefined;
  }

  private takeTurn<T>(tx: Held, fn: () => Promise<T>): Promise<T> {
    const run = async () => {
      if (tx.ended)
        throw new SidecarError(
          "failed_precondition",
          `transaction ${tx.id} has ended: ${this.tombstones.get(tx.id)?.reason ?? "unknown"}`,
        );
      clearTimeout(tx.idleTimer);
      try {
        return await fn();
      } finally {
        if (!tx.ended) this.armIdle(tx);
      }
    };
    const result = tx.turn.then(run, run);
    tx.turn = result.catch(() => undefined);
    return result;
  }

  private afterCall(tx: Held, session: Session): void {
    if (tx.lease.broken) return; // onBroken ended it
    tx.dirty ||= session.dirty;
    if (session.cancelled) {
      this.end(tx, "a statement in it was cancelled or passed its deadline; it was rolled back", true);
    } else if (session.rolledBack) {
      this.end(tx, "a result exceeded the maximum row count; it was rolled back", false);
    } else if (tx.lease.client.getTransactionStatus() === "I") {
      this.end(tx, "a statement ended it", true, false);
    }
  }

  private armIdle(tx: Held): void {
    const seconds = this.limits.idleMs / 1000;
    tx.idleTimer = setTimeout(() => {
      void this.takeTurn(tx, async () => {
        await tx.lease.client.query("ROLLBACK").catch(() => undefined);
        this.end(tx, `it was idle for ${seconds} s and was rolled back`, tx.lease.broken !== undefined);
      }).catch(() => undefined);
    }, this.limits.idleMs);
    tx.idleTimer.unref();
  }

  /** Ends the transaction: tombstone, connection back (or closed), count down. */
  private end(tx: Held, reason: string, discard: boolean, rolledBack = true): void {
    if (tx.ended) return;
    tx.ended = true;
    clearTimeout(tx.idleTimer);
    this.open.delete(tx.id);
    this.tombstones.set(tx.id, { org: tx.org, user: tx.user, reason, rolledBack });
    if (this.tombstones.size > MAX_TOMBSTONES) this.tombstones.delete(this.tombstones.keys().next().value!);
    if (rolledBack) forgetSessionState(tx.lease.client);
    tx.lease.release(discard || tx.dirty);
    this.uncount(tx.org);
  }

  private uncount(org: string): void {
    const n = (this.perOrg.get(org) ?? 1) - 1;
    if (n <= 0) this.perOrg.delete(org);
    else this.perOrg.set(org, n);
  }
}
