/**
 * SQL for SelectFrom, InsertInto, UpdateTable and DeleteFrom. Every identifier is quoted and
 * qualified with the caller's physical schema, every value is a parameter, and `where`
 * operators come from an allow-list: nothing the caller sends becomes SQL text unquoted.
 */
import { invalidArgument } from "../../errors";
import type { Struct__Output } from "../../generated/google/protobuf/Struct";
import type { Value__Output } from "../../generated/google/protobuf/Value";
import type { WhereClause__Output } from "../../generated/isa/postgres/WhereClause";
import { quoteIdent } from "./session";
import { paramText } from "./values";

const MAX_IDENTIFIER_BYTES = 63;
const MAX_PARAMS = 65535;

/** A built statement: SQL text and its parameters in order. */
export interface Built {
  sql: string;
  params: (string | null)[];
}

export function identifier(name: string, what: string): string {
  if (name === "") throw invalidArgument(`${what} is empty`);
  if (Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES)
    throw invalidArgument(`${what} "${name}" is longer than 63 bytes`);
  if (name.includes("\u0000")) throw invalidArgument(`${what} holds a NUL character`);
  return quoteIdent(name);
}

export const qualified = (schema: string, table: string) => `${quoteIdent(schema)}.${identifier(table, "table")}`;

/** Collects parameters and hands out their placeholders. */
class Params {
  readonly values: (string | null)[] = [];

  add(v: Value__Output | null | undefined): string {
    if (this.values.length >= MAX_PARAMS) throw invalidArgument(`a statement takes at most ${MAX_PARAMS} values`);
    this.values.push(paramText(v));
    return `$${this.values.length}`;
  }
}

const BINARY_OPERATORS = new Set(["=", "!=", "<", "<=", ">", ">=", "LIKE", "ILIKE"]);

function condition(w: WhereClause__Output, i: number, params: Params): string {
  const column = identifier(w.column, `where[${i}].column`);
  const op = w.operator.trim().replace(/\s+/g, " ").toUpperCase();
  if (op === "IS NULL" || op === "IS NOT NULL") return `${column} ${op}`;
  if (!w.value) throw invalidArgument(`where[${i}].value is missing for operator ${op || "(empty)"}`);
  if (BINARY_OPERATORS.has(op)) return `${column} ${op === "!=" ? "<>" : op} ${params.add(w.value)}`;
  if (op === "IN") {
    if (w.value.kind !== "listValue") throw invalidArgument(`where[${i}].value must be a list for IN`);
    const items = w.value.listValue?.values ?? [];
    // IN () is not SQL; an empty list matches nothing.
    if (items.length === 0) return "FALSE";
    return `${column} IN (${items.map((v) => params.add(v)).join(", ")})`;
  }
  throw invalidArgument(
    `where[${i}].operator "${w.operator}": use =, !=, <, <=, >, >=, LIKE, ILIKE, IN, IS NULL or IS NOT NULL`,
  );
}

function whereClause(where: WhereClause__Output[], params: Params): string {
  if (where.length === 0) return "";
  return ` WHERE ${where.map((w, i) => condition(w, i, params)).join(" AND ")}`;
}

const ORDER = /^(.+?)(?:\s+(ASC|DESC))?(?:\s+NULLS\s+(FIRST|LAST))?$/i;

function orderBy(entries: string[]): string {
  if (entries.length === 0) return "";
  const parts = entries.map((entry, i) => {
    const m = ORDER.exec(entry.trim());
    if (!m) throw invalidArgument(`order_by[${i}] is empty`);
    const [, column, direction, nulls] = m;
    return [
      identifier(column!, `order_by[${i}] column`),
      direction?.toUpperCase(),
      nulls && `NULLS ${nulls.toUpperCase()}`,
    ]
      .filter(Boolean)
      .join(" ");
  });
  return ` ORDER BY ${parts.join(", ")}`;
}

function nonNegative(n: number, what: string): number {
  if (n < 0) throw invalidArgument(`${what} must not be negative`);
  return n;
}

export interface SelectSpec {
  table: string;
  columns: string[];
  where: WhereClause__Output[];
  order_by: string[];
  limit: number;
  offset: number;
}

export function buildSelect(schema: string, q: SelectSpec): Built {
  const params = new Params();
  const columns = q.columns.length === 0 ? "*" : q.columns.map((c, i) => identifier(c, `columns[${i}]`)).join(", ");
  let sql = `SELECT ${columns} FROM ${qualified(schema, q.table)}${whereClause(q.where, params)}${orderBy(q.order_by)}`;
  if (nonNegative(q.limit, "limit") > 0) sql += ` LIMIT ${q.limit}`;
  if (nonNegative(q.offset, "offset") > 0) sql += ` OFFSET ${q.offset}`;
  return { sql, params: params.values };
}

/** Columns are the union of the rows' fields in first-seen order; a row without one gets DEFAULT. */
export function buildInsert(schema: string, table: string, rows: Struct__Output[], returning: boolean): Built {
  if (rows.length === 0) throw invalidArgument("rows is empty");
  const target = qualified(schema, table);
  const tail = returning ? " RETURNING *" : "";
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.fields ?? {})))];
  if (columns.length === 0) {
    if (rows.length > 1) throw invalidArgument("rows have no fields; only a single all-default row can be inserted");
    return { sql: `INSERT INTO ${target} DEFAULT VALUES${tail}`, params: [] };
  }
  const params = new Params();
  const quoted = columns.map((c) => identifier(c, "column"));
  const tuples = rows.map((r) => {
    const fields = r.fields ?? {};
    return `(${columns.map((c) => (c in fields ? params.add(fields[c]) : "DEFAULT")).join(", ")})`;
  });
  return {
    sql: `INSERT INTO ${target} (${quoted.join(", ")}) VALUES ${tuples.join(", ")}${tail}`,
    params: params.values,
  };
}

function refuseWholeTable(where: WhereClause__Output[], allowAll: boolean, verb: string): void {
  if (where.length === 0 && !allowAll) {
    throw invalidArgument(`${verb} without where would change every row; set allow_all_rows to mean it`);
  }
}

export interface ChangeSpec {
  table: string;
  where: WhereClause__Output[];
  returning: boolean;
  allow_all_rows: boolean;
}

export function buildUpdate(schema: string, q: ChangeSpec & { values: Struct__Output | null }): Built {
  const entries = Object.entries(q.values?.fields ?? {});
  if (entries.length === 0) throw invalidArgument("values is empty");
  refuseWholeTable(q.where, q.allow_all_rows, "UpdateTable");
  const params = new Params();
  const sets = entries.map(([c, v]) => `${identifier(c, "column")} = ${params.add(v)}`).join(", ");
  const sql = `UPDATE ${qualified(schema, q.table)} SET ${sets}${whereClause(q.where, params)}${q.returning ? " RETURNING *" : ""}`;
  return { sql, params: params.values };
}

export function buildDelete(schema: string, q: ChangeSpec): Built {
  refuseWholeTable(q.where, q.allow_all_rows, "DeleteFrom");
  const params = new Params();
  const sql = `DELETE FROM ${qualified(schema, q.table)}${whereClause(q.where, params)}${q.returning ? " RETURNING *" : ""}`;
  return { sql, params: params.values };
}
