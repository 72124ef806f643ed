/**
 * The pure parts of the PostgreSQL service: text ↔ protobuf Value conversion, array parsing,
 * error message sanitising, SQLSTATE mapping, the statement builder and the plugin's config.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ConfigError } from "../../sidecar/config";
import type { Value__Output } from "../../sidecar/generated/google/protobuf/Value";
import { buildDelete, buildInsert, buildSelect, buildUpdate } from "../../sidecar/services/postgres/builder";
import { kindOf, sanitize } from "../../sidecar/services/postgres/errors";
import { isolationLevel } from "../../sidecar/services/postgres/held";
import { postgresPlugin } from "../../sidecar/services/postgres/plugin";
import { pipelinable } from "../../sidecar/services/postgres/session";
import { cellValue, paramText, parseArray, rowsToStructs } from "../../sidecar/services/postgres/values";
import { pgSchema } from "../../sidecar/tenancy";

/** A Value as the server receives it (proto-loader sets `kind`). */
function received(x: unknown): Value__Output {
  if (x === null) return { kind: "nullValue", nullValue: "NULL_VALUE" };
  if (typeof x === "string") return { kind: "stringValue", stringValue: x };
  if (typeof x === "number") return { kind: "numberValue", numberValue: x };
  if (typeof x === "boolean") return { kind: "boolValue", boolValue: x };
  if (Array.isArray(x)) return { kind: "listValue", listValue: { values: x.map(received) } };
  const fields = Object.fromEntries(Object.entries(x as object).map(([k, v]) => [k, received(v)]));
  return { kind: "structValue", structValue: { fields } };
}

describe("result cells", () => {
  test("scalars by type OID", () => {
    assert.deepEqual(cellValue(16, "t"), { boolValue: true });
    assert.deepEqual(cellValue(16, "f"), { boolValue: false });
    assert.deepEqual(cellValue(23, "-42"), { numberValue: -42 });
    assert.deepEqual(cellValue(20, "9007199254740991"), { numberValue: 9007199254740991 });
    assert.deepEqual(cellValue(20, "9007199254740992"), { numberValue: 2 ** 53 });
    assert.deepEqual(cellValue(20, "9007199254740993"), { stringValue: "9007199254740993" });
    assert.deepEqual(cellValue(20, "-9223372036854775808"), { stringValue: "-9223372036854775808" });
    assert.deepEqual(cellValue(701, "1.25"), { numberValue: 1.25 });
    assert.deepEqual(cellValue(701, "-Infinity"), { stringValue: "-Infinity" });
    assert.deepEqual(cellValue(1700, "1.10"), { numberValue: 1.1 });
    assert.deepEqual(cellValue(1700, "0.1000000000000000000001"), { stringValue: "0.1000000000000000000001" });
    assert.deepEqual(cellValue(1700, "NaN"), { stringValue: "NaN" });
    assert.deepEqual(cellValue(17, "\\x68690a"), { stringValue: Buffer.from("hi\n").toString("base64") });
    assert.deepEqual(cellValue(25, "plain text"), { stringValue: "plain text" });
  });

  test("timestamps as ISO-8601", () => {
    assert.deepEqual(cellValue(1184, "2024-01-02 03:04:05+00"), { stringValue: "2024-01-02T03:04:05Z" });
    assert.deepEqual(cellValue(1184, "2024-01-02 03:04:05.5+05:30"), { stringValue: "2024-01-02T03:04:05.5+05:30" });
    assert.deepEqual(cellValue(1184, "2024-01-02 03:04:05-08"), { stringValue: "2024-01-02T03:04:05-08:00" });
    assert.deepEqual(cellValue(1114, "2024-01-02 03:04:05.000001"), { stringValue: "2024-01-02T03:04:05.000001" });
    assert.deepEqual(cellValue(1184, "infinity"), { stringValue: "infinity" });
    assert.deepEqual(cellValue(1184, "0044-03-15 12:00:00+00 BC"), { stringValue: "0044-03-15 12:00:00+00 BC" });
  });

  test("json as structured values", () => {
    assert.deepEqual(cellValue(3802, '{"a": [1, null, "x"], "b": {"c": true}}'), {
      structValue: {
        fields: {
          a: { listValue: { values: [{ numberValue: 1 }, { nullValue: "NULL_VALUE" }, { stringValue: "x" }] } },
          b: { structValue: { fields: { c: { boolValue: true } } } },
        },
      },
    });
    assert.deepEqual(cellValue(114, "3"), { numberValue: 3 });
    // A number a double would change keeps its digits, as a string.
    assert.deepEqual(cellValue(3802, '[12345678901234567890.123, 9.50, "7"]'), {
      listValue: {
        values: [{ stringValue: "12345678901234567890.123" }, { numberValue: 9.5 }, { stringValue: "7" }],
      },
    });
  });

  test("arrays as lists, with NULL elements and nesting", () => {
    assert.deepEqual(parseArray('{1,NULL,"a \\"q\\" b",{2,3},"NULL"}'), ["1", null, 'a "q" b', ["2", "3"], "NULL"]);
    assert.deepEqual(parseArray("[0:1]={7,8}"), ["7", "8"]);
    assert.deepEqual(parseArray("{}"), []);
    assert.equal(parseArray("not an array"), undefined);
    assert.deepEqual(cellValue(1007, "{1,NULL}"), {
      listValue: { values: [{ numberValue: 1 }, { nullValue: "NULL_VALUE" }] },
    });
    assert.deepEqual(cellValue(1009, '{"x,y",z}'), {
      listValue: { values: [{ stringValue: "x,y" }, { stringValue: "z" }] },
    });
  });

  test("rows as structs, NULL as null", () => {
    const rows = rowsToStructs(
      [
        { name: "id", typeOid: 23 },
        { name: "note", typeOid: 25 },
      ],
      [["1", null]],
    );
    assert.deepEqual(rows, [{ fields: { id: { numberValue: 1 }, note: { nullValue: "NULL_VALUE" } } }]);
  });
});

describe("parameters", () => {
  test("each Value kind as PostgreSQL text", () => {
    assert.equal(paramText(received(null)), null);
    assert.equal(paramText(null), null);
    assert.equal(paramText(received(12.5)), "12.5");
    assert.equal(paramText(received(Number.NaN)), "NaN");
    assert.equal(paramText(received("x")), "x");
    assert.equal(paramText(received(false)), "false");
    assert.equal(paramText(received({ a: [1, "b"] })), '{"a":[1,"b"]}');
    assert.equal(paramText(received([1, null, 'q"\\', [true]])), '{"1",NULL,"q\\"\\\\",{"true"}}');
  });
});

describe("error messages", () => {
  const org = "acme";
  test("physical names become the caller's names, other orgs are masked", () => {
    assert.equal(
      sanitize(`relation "${pgSchema(org, "")}.t" does not exist`, org),
      'relation "(default).t" does not exist',
    );
    assert.equal(sanitize(`schema ${pgSchema(org, "sales")} x`, org), "schema sales x");
    assert.equal(
      sanitize(`permission denied for schema ${pgSchema("globex", "")}`, org),
      "permission denied for schema (other organization)",
    );
    assert.equal(sanitize("role isa_acme and isa_globex", org), "role (organization role) and (other organization)");
    assert.equal(sanitize('column "foo_bar" and info_o_x', org), 'column "foo_bar" and info_o_x');
  });

  test("SQLSTATE classes map to kinds", () => {
    assert.equal(kindOf("23505"), "already_exists");
    assert.equal(kindOf("23503"), "failed_precondition");
    assert.equal(kindOf("42501"), "permission_denied");
    assert.equal(kindOf("42P01"), "invalid_argument");
    assert.equal(kindOf("08006"), "unavailable");
    assert.equal(kindOf("57P01"), "unavailable");
    assert.equal(kindOf("40001"), "failed_precondition");
    assert.equal(kindOf("53100"), "resource_exhausted");
    assert.equal(kindOf("XX000"), "internal");
  });
});

describe("statement builder", () => {
  const where = (column: string, operator: string, value?: unknown) => ({
    column,
    operator,
    value: value === undefined ? null : received(value),
  });

  test("select quotes identifiers and parameterises values", () => {
    const built = buildSelect("o_acme", {
      table: 'we"ird',
      columns: ["a", "b c"],
      where: [where("a", "=", 1), where("b c", "in", ["x", "y"]), where("d", "IS NOT NULL")],
      order_by: ["a desc", "b c"],
      limit: 10,
      offset: 5,
    });
    assert.equal(
      built.sql,
      'SELECT "a", "b c" FROM "o_acme"."we""ird" WHERE "a" = $1 AND "b c" IN ($2, $3) AND "d" IS NOT NULL ORDER BY "a" DESC, "b c" LIMIT 10 OFFSET 5',
    );
    assert.deepEqual(built.params, ["1", "x", "y"]);
  });

  test("insert fills missing fields with DEFAULT; update and delete need a where unless allowed", () => {
    const rows = [received({ a: 1, b: "x" }).structValue!, received({ b: "y" }).structValue!];
    assert.deepEqual(buildInsert("s", "t", rows, true), {
      sql: 'INSERT INTO "s"."t" ("a", "b") VALUES ($1, $2), (DEFAULT, $3) RETURNING *',
      params: ["1", "x", "y"],
    });
    const values = received({ a: 2 }).structValue!;
    assert.throws(() => buildUpdate("s", { table: "t", values, where: [], returning: false, allow_all_rows: false }));
    assert.equal(
      buildUpdate("s", { table: "t", values, where: [], returning: false, allow_all_rows: true }).sql,
      'UPDATE "s"."t" SET "a" = $1',
    );
    assert.throws(() => buildDelete("s", { table: "t", where: [], returning: false, allow_all_rows: false }));
    assert.throws(() =>
      buildSelect("s", { table: "t", columns: [], where: [where("a", "~", "x")], order_by: [], limit: 0, offset: 0 }),
    );
  });

  test("isolation levels in any spelling", () => {
    assert.equal(isolationLevel("repeatable_read"), "REPEATABLE READ");
    assert.equal(isolationLevel(" Serializable "), "SERIALIZABLE");
    assert.equal(isolationLevel(""), undefined);
    assert.throws(() => isolationLevel("snapshot"));
  });
});

describe("which statements may share a connection", () => {
  const truncate = { limit: 1, overflow: "truncate" } as const;

  test("plain reads and writes in autocommit", () => {
    for (const sql of [
      "SELECT 1",
      "  select * from t",
      "(SELECT 1) UNION (SELECT 2)",
      "WITH x AS (SELECT 1) SELECT * FROM x",
      "INSERT INTO t VALUES (1)",
      "UPDATE t SET a = 1",
      "DELETE FROM t",
      "VALUES (1)",
      "TABLE t",
    ]) {
      assert.equal(pipelinable(sql, truncate), true, sql);
    }
  });

  test("never what could open a transaction, change the session, or need an undo", () => {
    for (const sql of [
      "BEGIN",
      "/* x */ BEGIN",
      "-- x\nSELECT 1",
      "START TRANSACTION",
      "SET search_path TO x",
      "SELECT set_config('search_path', 'x', false)",
      "DO $$ BEGIN END $$",
      "CALL p()",
      "CREATE TABLE t (a int)",
      "PREPARE p AS SELECT 1",
      "LISTEN x",
    ]) {
      assert.equal(pipelinable(sql, truncate), false, sql);
    }
    // A result over the limit is undone before its Sync: it cannot share the connection.
    assert.equal(pipelinable("SELECT 1", { limit: 10, overflow: "refuse" }), false);
  });
});

describe("plugin config", () => {
  const defaults = {
    postgresTenantSecret: "a-long-secret",
    postgresMaxPools: "20",
    postgresPoolSize: "5",
    postgresPoolIdle: "30s",
    postgresStatementTimeout: "30s",
    postgresTxIdleTimeout: "60s",
    postgresMaxTxPerOrg: "2",
    postgresMaxRows: "10000",
    postgresStatementCache: "100",
    postgresStatementCacheBytes: "262144",
    postgresPipeline: "16",
  };

  test("not configured without --postgres-url or POSTGRES_HOST", () => {
    assert.equal(postgresPlugin.resolve(defaults, {}), undefined);
  });

  test("from the URL, sslmode included", () => {
    const c = postgresPlugin.resolve(
      { ...defaults, postgresUrl: "postgresql://admin:p%40ss@db.example:6543/app?sslmode=verify-full" },
      {},
    )!;
    assert.deepEqual(c.server, {
      host: "db.example",
      port: 6543,
      database: "app",
      user: "admin",
      password: "p@ss",
      ssl: { rejectUnauthorized: true },
    });
    assert.equal(c.pools.poolSize, 5);
    assert.equal(c.pools.idleInTransactionMs, 120_000);
    assert.deepEqual(c.pools.statementCache, { count: 100, bytes: 256 * 1024 });
    assert.equal(c.pools.pipelineDepth, 16);
    assert.equal(c.maxRows, 10_000);
  });

  test("from the isA environment names", () => {
    const env = {
      POSTGRES_HOST: "pg",
      POSTGRES_PORT: "5433",
      POSTGRES_DB: "isa",
      POSTGRES_USER: "svc",
      POSTGRES_PASSWORD: "pw",
      POSTGRES_SSL_MODE: "require",
    };
    assert.deepEqual(postgresPlugin.resolve(defaults, env)!.server, {
      host: "pg",
      port: 5433,
      database: "isa",
      user: "svc",
      password: "pw",
      ssl: { rejectUnauthorized: false },
    });
  });

  test("refuses a missing secret, a bad sslmode and transactions that could take every connection", () => {
    const url = "postgres://127.0.0.1/test";
    assert.throws(
      () => postgresPlugin.resolve({ ...defaults, postgresUrl: url, postgresTenantSecret: undefined }, {}),
      ConfigError,
    );
    assert.throws(() => postgresPlugin.resolve({ ...defaults, postgresUrl: `${url}?sslmode=maybe` }, {}), ConfigError);
    assert.throws(
      () => postgresPlugin.resolve({ ...defaults, postgresUrl: url, postgresMaxTxPerOrg: "5" }, {}),
      ConfigError,
    );
    assert.throws(() => postgresPlugin.resolve({ ...defaults, postgresUrl: "mysql://x/y" }, {}), ConfigError);
  });
});
