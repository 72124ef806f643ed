/** SelectFrom, InsertInto, UpdateTable, DeleteFrom: statements the sidecar builds from fields. */
import type { PostgresServiceHandlers } from "../../generated/isa/postgres/PostgresService";
import { type OperationsOf, unary } from "../../operation";
import { type Built, buildDelete, buildInsert, buildSelect, buildUpdate } from "./builder";
import type { PgOps } from "./context";
import type { Session } from "./session";
import { rowsToStructs } from "./values";

type Ops = OperationsOf<PostgresServiceHandlers>;

/** Runs a built statement; with `returning`, its rows count against the row limit like a query's. */
async function change(pg: PgOps, s: Session, built: Built, returning: boolean) {
  const limit = returning ? pg.limits.maxRows : 0;
  const r = await s.run(built.sql, built.params, { limit, overflow: returning ? "refuse" : "truncate" });
  return { count: String(r.rowCount), rows: returning ? rowsToStructs(r.columns, r.rows) : [] };
}

export function tableOperations(pg: PgOps) {
  return {
    SelectFrom: unary({
      resource: (req) => req.table,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, req.transaction_id, async (s) => {
          const built = buildSelect(pg.schema(ctx, req.schema), req);
          const r = await s.run(built.sql, built.params, { limit: pg.limits.maxRows, overflow: "refuse" });
          return { rows: rowsToStructs(r.columns, r.rows), row_count: r.rows.length };
        }),
    }),
    InsertInto: unary({
      resource: (req) => req.table,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, req.transaction_id, async (s) => {
          const built = buildInsert(pg.schema(ctx, req.schema), req.table, req.rows, req.returning);
          const { count, rows } = await change(pg, s, built, req.returning);
          return { rows_inserted: count, rows };
        }),
    }),
    UpdateTable: unary({
      resource: (req) => req.table,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, req.transaction_id, async (s) => {
          const { count, rows } = await change(pg, s, buildUpdate(pg.schema(ctx, req.schema), req), req.returning);
          return { rows_updated: count, rows };
        }),
    }),
    DeleteFrom: unary({
      resource: (req) => req.table,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, req.transaction_id, async (s) => {
          const { count, rows } = await change(pg, s, buildDelete(pg.schema(ctx, req.schema), req), req.returning);
          return { rows_deleted: count, rows };
        }),
    }),
  } satisfies Partial<Ops>;
}
