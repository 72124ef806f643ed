/**
 * GetTableInfo, ListTables, TableExists: read from pg_catalog on the caller's own connection,
 * restricted to the caller's physical schema, so they never describe another org's objects.
 */
import { invalidArgument, notFound } from "../../errors";
import type { PostgresServiceHandlers } from "../../generated/isa/postgres/PostgresService";
import { type OperationsOf, unary } from "../../operation";
import type { PgOps } from "./context";

type Ops = OperationsOf<PostgresServiceHandlers>;

// Tables, partitioned tables, views, materialized views, foreign tables.
const RELATION_KINDS = "('r','p','v','m','f')";

const TABLE_COLUMNS = `
SELECT a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type,
       NOT a.attnotnull AS nullable,
       coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS default_value,
       array_position(pk.indkey::int2[], a.attnum) AS pk_position,
       greatest(c.reltuples, 0)::int8 AS estimate
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
LEFT JOIN pg_index pk ON pk.indrelid = c.oid AND pk.indisprimary
WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ${RELATION_KINDS}
ORDER BY a.attnum`;

const LIST_TABLES = `
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relkind IN ${RELATION_KINDS} ORDER BY c.relname`;

const TABLE_EXISTS = `
SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ${RELATION_KINDS}`;

function tableName(table: string): string {
  if (table === "") throw invalidArgument("table is empty");
  return table;
}

export function metadataOperations(pg: PgOps) {
  return {
    GetTableInfo: unary({
      resource: (req) => req.table,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, "", async (s) => {
          const schema = pg.schema(ctx, req.schema);
          // A table has at most 1600 columns, so the limit never cuts one short.
          const { rows } = await s.run(TABLE_COLUMNS, [schema, tableName(req.table)], {
            limit: 1600,
            overflow: "truncate",
          });
          if (rows.length === 0) throw notFound(`table "${req.table}" not found in this schema`);
          const columns = rows.filter((row) => row[0] !== null);
          const keys = columns
            .filter((row) => row[4] !== null)
            .sort((a, b) => Number(a[4]) - Number(b[4]))
            .map((row) => row[0]!);
          return {
            table_info: {
              table_name: req.table,
              schema: req.schema,
              columns: columns.map((row) => ({
                column_name: row[0]!,
                data_type: row[1]!,
                is_nullable: row[2] === "t",
                default_value: row[3] ?? "",
              })),
              primary_keys: keys,
              row_count_estimate: rows[0]![5] ?? "0",
            },
          };
        }),
    }),
    ListTables: unary({
      resource: (req) => req.schema || undefined,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, "", async (s) => {
          const r = await s.run(LIST_TABLES, [pg.schema(ctx, req.schema)], {
            limit: pg.limits.maxRows,
            overflow: "refuse",
          });
          return { tables: r.rows.map((row) => row[0]!) };
        }),
    }),
    TableExists: unary({
      resource: (req) => req.table,
      run: (req, ctx) =>
        pg.session(ctx, req.schema, "", async (s) => {
          const r = await s.run(TABLE_EXISTS, [pg.schema(ctx, req.schema), tableName(req.table)], {
            limit: 1,
            overflow: "truncate",
          });
          return { exists: r.rows.length > 0 };
        }),
    }),
  } satisfies Partial<Ops>;
}
