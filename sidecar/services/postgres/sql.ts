/** Query, QueryRow, Execute, ExecuteBatch, ExecuteInTransaction: the caller's own SQL, parameterised. */
import type { PostgresServiceHandlers } from "../../generated/isa/postgres/PostgresService";
import { type OperationsOf, unary } from "../../operation";
import type { PgOps } from "./context";
import type { StatementResult } from "./statement";
import { paramTexts, rowsToStructs } from "./values";

type Ops = OperationsOf<PostgresServiceHandlers>;

/**
 * One batch statement's result. `error` is always empty in an answer: a batch runs in one
 * transaction, so a failing statement rolls back all of them and fails the whole call with a
 * status naming its index (PgOps.batch); no statement fails alone.
 */
const executeResult = (r: StatementResult) => ({
  rows_affected: String(r.rowCount),
  command_tag: r.command,
  error: "",
});

export function sqlOperations(pg: PgOps) {
  return {
    Query: unary({
      resource: (req) => req.schema || undefined,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, req.transaction_id, async (s) => {
          const r = await s.runCallerSql(req.sql, paramTexts(req.params), {
            limit: pg.limits.maxRows,
            overflow: "refuse",
          });
          return { rows: rowsToStructs(r.columns, r.rows), row_count: r.rows.length };
        }),
    }),
    QueryRow: unary({
      resource: (req) => req.schema || undefined,
      run: async (req, ctx) => {
        const options = { limit: 1, overflow: "truncate" } as const;
        const r = await pg.statement(ctx, req.schema, req.transaction_id, req.sql, paramTexts(req.params), options);
        const [row] = rowsToStructs(r.columns, r.rows);
        return row ? { row, found: true } : { row: null, found: false };
      },
    }),
    Execute: unary({
      resource: (req) => req.schema || undefined,
      run: async (req, ctx) => {
        const options = { limit: 0, overflow: "truncate" } as const;
        const r = await pg.statement(ctx, req.schema, req.transaction_id, req.sql, paramTexts(req.params), options);
        return { rows_affected: String(r.rowCount), command_tag: r.command };
      },
    }),
    ExecuteBatch: unary({
      resource: (req) => req.schema || undefined,
      run: async (req, ctx) => {
        const results = await pg.batch(ctx, req.schema, req.operations);
        const total = results.reduce((sum, r) => sum + r.rowCount, 0);
        return { results: results.map(executeResult), total_rows_affected: total };
      },
    }),
    ExecuteInTransaction: unary({
      resource: (req) => req.schema || undefined,
      run: async (req, ctx) => {
        const results = await pg.batch(ctx, req.schema, req.operations);
        return { results: results.map(executeResult), committed: true };
      },
    }),
  } satisfies Partial<Ops>;
}
