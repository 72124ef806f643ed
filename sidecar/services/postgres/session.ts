/**
 * One call's use of a tenant connection: the session settings it needs (search_path on the
 * caller's schema, a statement timeout from its deadline), its statements with cancellation,
 * and what the connection is fit for afterwards.
 */
import type pg from "pg";
import type { Lease, PostgresBackend } from "../../backends/postgres";
import { invalidArgument, resourceExhausted, SidecarError } from "../../errors";
import type { CallContext } from "../../operation";
import type { Pipeline } from "./pipeline";
import type { Overflow, Statement, StatementResult } from "./statement";
import { runStatement } from "./statement-cache";

/** What the sidecar last set on a connection; absent means unknown (set again before use). */
interface SessionState {
  searchPath?: string;
  timeoutMs: number;
}
/** Longest SQL text of one caller statement (a fixed limit, README "Limits"). */
export const MAX_SQL_CHARS = 1024 * 1024;

const states = new WeakMap<pg.ClientBase, SessionState>();

/** After a ROLLBACK, SETs made inside the transaction are undone: what we knew is stale. */
export function forgetSessionState(client: pg.ClientBase): void {
  states.delete(client);
}

// Statements that may change session settings the sidecar relies on: the connection is not
// returned to the pool after them. A convenience for the org itself, not a boundary. PREPARE and
// DEALLOCATE change the prepared statements the connection's cache counts on (statement-cache.ts).
const SESSION_CHANGING =
  /^\s*(set|reset|discard|listen|prepare|deallocate)\b|set_config|search_path|session_authorization/i;
// Ending or starting transactions behind the sidecar's back would leave a pooled connection
// inside a transaction, or end a held one unseen; savepoints inside a held transaction are fine.
const TRANSACTION_CONTROL =
  /^\s*(begin|start\s+transaction|commit|end|abort|rollback(?!\s+to\b)|prepare\s+transaction)\b/i;

/** The largest statement_timeout PostgreSQL accepts (ms, a 32-bit int): about 24.8 days. */
const MAX_STATEMENT_TIMEOUT_MS = 2 ** 31 - 1;

/** A deadline-derived statement_timeout is a backstop set 25 % past the deadline (the call's own
 * cancellation is exact), and is kept while it stays within 1×–2.5× of what is left, so calls with
 * similar deadlines need no extra round trip. A deadline weeks away gets PostgreSQL's largest. */
function timeoutToSet(current: number, ctx: CallContext, fallbackMs: number): number | undefined {
  if (!Number.isFinite(ctx.deadline)) return current === fallbackMs ? undefined : fallbackMs;
  const remaining = ctx.deadline - Date.now();
  if (remaining <= 0) throw new SidecarError("deadline_exceeded", "deadline exceeded before the statement started");
  const enough = Math.min(remaining, MAX_STATEMENT_TIMEOUT_MS);
  if (current !== 0 && current >= enough && current <= remaining * 2.5) return undefined;
  return Math.min(Math.ceil(remaining * 1.25), MAX_STATEMENT_TIMEOUT_MS);
}

/**
 * Statements that can share a connection with other calls' statements (pipeline.ts): autocommit,
 * a result that needs no undo ("truncate"), and a first keyword that can neither open a
 * transaction nor change session settings. Comments are not skipped: SQL that starts with one
 * simply takes a connection of its own, as before.
 */
const PIPELINABLE_START = /^\s*\(*\s*(select|with|values|table|insert|update|delete)\b/i;

export function pipelinable(sql: string, options: RunOptions): boolean {
  return (
    options.overflow === "truncate" &&
    sql.length <= MAX_SQL_CHARS &&
    PIPELINABLE_START.test(sql) &&
    !SESSION_CHANGING.test(sql)
  );
}

/** Whether a call can run on `client` as it is set now: search_path on `schema`, a timeout its deadline accepts. */
export function settingsFit(client: pg.ClientBase, schema: string, ctx: CallContext, fallbackMs: number): boolean {
  const state = states.get(client);
  if (!state || state.searchPath !== schema) return false;
  try {
    return timeoutToSet(state.timeoutMs, ctx, fallbackMs) === undefined;
  } catch {
    return false; // the deadline has passed: the exclusive path says so
  }
}

export interface RunOptions {
  /** Rows to keep (0: none, read to the end). */
  limit: number;
  overflow: Overflow;
}

export class Session {
  /** The connection's session state may differ from what the sidecar knows: do not reuse it. */
  dirty = false;
  /** A statement was cancelled: a late cancel could hit the next statement, so do not reuse it. */
  cancelled = false;
  /** The sidecar rolled the explicit transaction back (a result over the row limit). */
  rolledBack = false;

  constructor(
    readonly lease: Lease,
    readonly ctx: CallContext,
    private readonly backend: PostgresBackend,
    private readonly inTransaction: boolean,
    /** Set when the connection is shared (pipeline.ts): statements queue on it, cancels go through it. */
    readonly pipeline?: Pipeline,
  ) {}

  get client(): pg.PoolClient {
    return this.lease.client;
  }

  /** search_path on `schema` (physical, already provisioned) and a statement timeout for the call. */
  async prepare(schema: string): Promise<void> {
    const state = states.get(this.client) ?? { timeoutMs: this.backend.limits.statementTimeoutMs };
    const timeout = timeoutToSet(state.timeoutMs, this.ctx, this.backend.limits.statementTimeoutMs);
    let sql = "";
    if (state.searchPath !== schema) sql += `SET search_path TO ${quoteIdent(schema)};`;
    if (timeout !== undefined) sql += `SET statement_timeout TO ${timeout};`;
    if (sql === "") return;
    states.delete(this.client);
    await this.client.query(sql);
    states.set(this.client, { searchPath: schema, timeoutMs: timeout ?? state.timeoutMs });
  }

  /** A caller's statement: refused when it is transaction control, cancelled with the call. */
  async runCallerSql(sql: string, params: (string | null)[], options: RunOptions): Promise<StatementResult> {
    if (sql.trim() === "") throw invalidArgument("sql is empty");
    // Checked first: the checks below and PostgreSQL's parser both walk the whole text.
    if (sql.length > MAX_SQL_CHARS) throw invalidArgument(`sql is longer than ${MAX_SQL_CHARS} characters`);
    if (TRANSACTION_CONTROL.test(sql)) {
      throw invalidArgument(
        "transaction control statements are not accepted here; use BeginTransaction, CommitTransaction and RollbackTransaction",
      );
    }
    if (SESSION_CHANGING.test(sql)) this.dirty = true;
    return this.run(sql, params, options);
  }

  /** Any statement the sidecar built (quoted identifiers, parameters), cancelled with the call. */
  async run(sql: string, params: (string | null)[], options: RunOptions): Promise<StatementResult> {
    const { signal } = this.ctx;
    if (signal.aborted) throw this.abortError();
    let killer: NodeJS.Timeout | undefined;
    let running: Statement | undefined;
    const onAbort = () => {
      this.cancelled = true;
      if (this.pipeline) {
        // The statement may wait behind other calls' statements: this call ends now, and the
        // pipeline cancels the statement once it is the one running.
        if (running) {
          this.pipeline.cancel(running);
          running.abandon();
        }
        return;
      }
      this.backend.cancel(this.client);
      // If the server does not answer the cancel, drop the connection: the call must end.
      killer = setTimeout(() => destroy(this.client), 2000);
      killer.unref();
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      const limits = this.backend.limits.statementCache;
      const result = await runStatement(this.client, limits, sql, params, options, (statement) => {
        running = statement;
        if (this.pipeline) this.pipeline.add(statement);
        else this.client.query(statement);
        return statement.done;
      });
      this.backend.countQuery(this.ctx.identity.org);
      if (result.overflowed && options.overflow === "refuse") throw this.overflowError(options.limit);
      return result;
    } catch (err) {
      if (this.cancelled) throw this.abortError();
      throw err;
    } finally {
      signal.removeEventListener("abort", onAbort);
      clearTimeout(killer);
    }
  }

  private overflowError(limit: number): SidecarError {
    this.rolledBack = this.inTransaction;
    forgetSessionState(this.client);
    const undone = this.inTransaction ? "the statement and its transaction were rolled back" : "it was rolled back";
    return resourceExhausted(`the result has more than ${limit} rows, the maximum per call; ${undone}`);
  }

  private abortError(): SidecarError {
    return Date.now() >= this.ctx.deadline
      ? new SidecarError("deadline_exceeded", "the statement was cancelled at the call's deadline")
      : new SidecarError("cancelled", "the call was cancelled; its statement was cancelled");
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function destroy(client: pg.ClientBase): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}
