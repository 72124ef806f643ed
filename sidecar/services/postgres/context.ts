/**
 * What every PostgreSQL operation shares: provisioning of the caller's schema, a session on the
 * right connection (a held transaction's, or a pooled one), one-transaction batches, and the
 * translation of PostgreSQL errors for this caller. A handler never picks a connection itself.
 */
import { MAX_TIMER_MS } from "../../../shared/timers";
import type { PostgresBackend } from "../../backends/postgres";
import { invalidArgument, SidecarError } from "../../errors";
import type { Value__Output } from "../../generated/google/protobuf/Value";
import type { CallContext } from "../../operation";
import { pgSchema } from "../../tenancy";
import { isConnectionError, isDatabaseError, pgErrorFor } from "./errors";
import { HeldTransactions } from "./held";
import { Lanes } from "./lanes";
import { pipelinable, type RunOptions, Session } from "./session";
import type { StatementResult } from "./statement";
import { paramTexts } from "./values";

export interface PgLimits {
  /** Most rows one call returns; more → RESOURCE_EXHAUSTED. */
  maxRows: number;
  maxTransactionsPerOrg: number;
  transactionIdleMs: number;
}

/** Most operations in one ExecuteBatch / ExecuteInTransaction. */
export const MAX_BATCH = 1000;

/** One caller statement with its parameters, as a batch holds them. */
export interface SqlOperation {
  sql: string;
  params: (Value__Output | null)[];
}

export class PgOps {
  readonly transactions: HeldTransactions;
  /** Connections shared by many calls' statements (pipeline.ts); absent when pipelining is off. */
  private readonly lanes: Lanes | undefined;

  constructor(
    readonly backend: PostgresBackend,
    readonly limits: PgLimits,
  ) {
    this.transactions = new HeldTransactions(backend, {
      maxPerOrg: limits.maxTransactionsPerOrg,
      idleMs: limits.transactionIdleMs,
    });
    const depth = backend.limits.pipelineDepth;
    this.lanes = depth > 1 ? new Lanes(backend, depth) : undefined;
  }

  /** One caller statement: like any work through session(), and pipelined when it can be (lanes.ts). */
  statement(
    ctx: CallContext,
    logical: string,
    txId: string,
    sql: string,
    params: (string | null)[],
    options: RunOptions,
  ): Promise<StatementResult> {
    const work = (s: Session) => s.runCallerSql(sql, params, options);
    return this.session(ctx, logical, txId, work, pipelinable(sql, options));
  }

  /** The physical schema for the caller's logical `schema` ("" → its default schema). */
  schema(ctx: CallContext, logical: string): string {
    return pgSchema(ctx.identity.org, logical);
  }

  /**
   * Runs `work` with search_path on the caller's schema: inside the held transaction `txId` when
   * given, else on a pooled connection in autocommit, one that other calls' statements share when
   * `shareable` (only one pipelinable statement is). Errors come back translated for the caller.
   */
  async session<T>(
    ctx: CallContext,
    logical: string,
    txId: string,
    work: (s: Session) => Promise<T>,
    shareable = false,
  ): Promise<T> {
    try {
      const schema = this.schema(ctx, logical);
      await this.backend.provision(ctx.identity.org, schema);
      if (txId !== "") {
        return await this.transactions.use(ctx, txId, async (s) => {
          await s.prepare(schema);
          return work(s);
        });
      }
      const alone = () => this.pooled(ctx, schema, work);
      if (shareable && this.lanes) return await this.lanes.run(ctx, schema, this.waitUntil(ctx), work, alone);
      return await alone();
    } catch (err) {
      throw this.error(ctx, err);
    }
  }

  /** Runs the operations in one transaction; the first failure rolls all back and names its index. */
  async batch(ctx: CallContext, logical: string, ops: SqlOperation[]): Promise<StatementResult[]> {
    if (ops.length === 0) throw invalidArgument("operations is empty");
    if (ops.length > MAX_BATCH) throw invalidArgument(`at most ${MAX_BATCH} operations per call`);
    return this.session(ctx, logical, "", async (s) => {
      await s.client.query("BEGIN");
      const results: StatementResult[] = [];
      for (const [i, op] of ops.entries()) {
        try {
          results.push(await s.runCallerSql(op.sql, paramTexts(op.params), { limit: 0, overflow: "truncate" }));
        } catch (err) {
          await s.client.query("ROLLBACK").catch(() => undefined);
          const e = this.error(ctx, err);
          throw new SidecarError(e.kind, `operation ${i} failed, nothing was applied: ${e.message}`);
        }
      }
      await s.client.query("COMMIT");
      return results;
    });
  }

  /**
   * When a call that waits for a connection gives up: 90 % of what is left of its deadline, and no
   * later than a timer can be set for (about 24.8 days; a longer timer would fire at once).
   */
  waitUntil(ctx: CallContext): number {
    const now = Date.now();
    if (!Number.isFinite(ctx.deadline)) return now + this.backend.limits.statementTimeoutMs;
    return now + Math.min(Math.max(0, ctx.deadline - now) * 0.9, MAX_TIMER_MS);
  }

  /** An error as the caller may see it: SQLSTATE-mapped, with no other org's names. */
  error(ctx: CallContext, err: unknown): SidecarError {
    if (err instanceof SidecarError) return err;
    const org = ctx.identity.org;
    const mapped = pgErrorFor(err, org, Date.now() >= ctx.deadline);
    if (mapped && isDatabaseError(err)) {
      // A dropped schema or a role whose login no longer works: provision again next time.
      if (err.code === "3F000" || err.code.startsWith("28")) this.backend.forget(org);
      if (isConnectionError(err)) this.backend.reportDown();
      return mapped;
    }
    if (isConnectionError(err)) {
      this.backend.reportDown();
      return new SidecarError("unavailable", "PostgreSQL is unavailable");
    }
    return new SidecarError("internal", "internal error");
  }

  private async pooled<T>(ctx: CallContext, schema: string, work: (s: Session) => Promise<T>): Promise<T> {
    const lease = await this.backend.lease(ctx.identity.org, this.waitUntil(ctx));
    const s = new Session(lease, ctx, this.backend, false);
    try {
      await s.prepare(schema);
      const result = await work(s);
      if (s.client.getTransactionStatus() !== "I") {
        throw invalidArgument("the statement left a transaction open, so it was rolled back; use BeginTransaction");
      }
      return result;
    } finally {
      let discard = s.dirty || s.cancelled || lease.broken !== undefined;
      // A connection inside a transaction must never be lent to the next call.
      if (!discard && s.client.getTransactionStatus() !== "I") {
        await s.client.query("ROLLBACK").catch(() => undefined);
        discard = true;
      }
      lease.release(discard);
    }
  }
}
