/**
 * Query, QueryRow, Execute, ExecuteBatch and ExecuteInTransaction against the shared PostgreSQL,
 * through the real sidecar process: values, the type mapping both ways, one statement per call,
 * the row limit, error mapping, deadlines and cancellation.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Metadata, status } from "@grpc/grpc-js";
import { MAX_JSON_DEPTH } from "../../sidecar/services/postgres/values";
import { pgRole, pgSchema } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import {
  adminQuery,
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  postgresArgs,
  rejectsWith,
  uniqueOrg,
  val,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const MAX_ROWS = 5;

describe("PostgreSQL SQL calls", () => {
  const org = uniqueOrg("pgsql");
  let proc: SidecarProcess;
  let db: TestClient;

  before(async () => {
    proc = await startSidecar({ args: postgresArgs(undefined, ["--postgres-max-rows", String(MAX_ROWS)]) });
    await waitServing(proc, POSTGRES_SERVICE);
    db = connect(proc.address, POSTGRES_SERVICE, await proc.token(org, "alice"));
    await db.call("Execute", {
      sql: "CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0))",
    });
  });

  after(async () => {
    db?.close();
    await proc?.stop();
    await dropOrgs([org]);
  });

  test("Execute reports rows affected and the command tag; Query returns the rows", async () => {
    const inserted = await db.call("Execute", {
      sql: "INSERT INTO items (id, name, qty) VALUES ($1, $2, $3), ($4, $5, $6)",
      params: [val(1), val("apple"), val(3), val(2), val("pear"), val(0)],
    });
    assert.equal(inserted.rows_affected, "2");
    assert.equal(inserted.command_tag, "INSERT 0 2");

    const q = await db.call("Query", {
      sql: "SELECT id, name, qty FROM items WHERE id >= $1 ORDER BY id",
      params: [val(1)],
    });
    assert.equal(q.row_count, 2);
    assert.deepEqual(q.rows.map(plain), [
      { id: 1, name: "apple", qty: 3 },
      { id: 2, name: "pear", qty: 0 },
    ]);

    const updated = await db.call("Execute", { sql: "UPDATE items SET qty = qty + 1 WHERE id = $1", params: [val(2)] });
    assert.equal(updated.rows_affected, "1");
    assert.equal(updated.command_tag, "UPDATE 1");
  });

  test("QueryRow returns the first row, or found=false", async () => {
    const one = await db.call("QueryRow", { sql: "SELECT name FROM items WHERE id = $1", params: [val(1)] });
    assert.equal(one.found, true);
    assert.deepEqual(plain(one.row), { name: "apple" });

    const first = await db.call("QueryRow", { sql: "SELECT id FROM items ORDER BY id DESC" });
    assert.deepEqual(plain(first.row), { id: 2 });

    const none = await db.call("QueryRow", { sql: "SELECT name FROM items WHERE id = $1", params: [val(999)] });
    assert.equal(none.found, false);
    assert.equal(none.row, null);
  });

  test("the type mapping holds for every listed type, as results and as parameters", async () => {
    const row = await db.call("QueryRow", {
      sql: `SELECT 7::int2 AS i2, 2147483647::int4 AS i4, 9007199254740991::int8 AS safe8,
                   9007199254740993::int8 AS big8, '-9223372036854775808'::int8 AS min8,
                   1.5::float8 AS f8, 'NaN'::float8 AS nan, 12345678901234567890.123::numeric AS num,
                   true AS yes, false AS no, 'héllo'::text AS txt, NULL::text AS nothing,
                   '2024-01-02 03:04:05.123456+00'::timestamptz AS tstz,
                   '2024-01-02 03:04:05'::timestamp AS ts, '2024-02-29'::date AS d,
                   '1 day 02:00:00'::interval AS iv, '\\x00ff10'::bytea AS bin,
                   '{"a": [1, "x", null, {"b": false}]}'::json AS js, '[1, 2.5]'::jsonb AS jsb,
                   ARRAY[1, NULL, 3]::int[] AS ints, ARRAY['a', 'b,c', NULL]::text[] AS texts,
                   ARRAY[ARRAY[1, 2], ARRAY[3, 4]] AS grid, ARRAY[9007199254740993]::int8[] AS bigs,
                   ARRAY['2024-01-02 00:00:00+00']::timestamptz[] AS times,
                   ARRAY['{"k": 1}']::jsonb[] AS docs, '{}'::int[] AS empty,
                   'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS id, 9.50::numeric(5,2) AS price,
                   '{"n": 12345678901234567890.5, "p": 9.50}'::jsonb AS exactjs, ARRAY[0.1, 2.50] AS nums`,
    });
    assert.deepEqual(plain(row.row), {
      i2: 7,
      i4: 2147483647,
      safe8: 9007199254740991,
      big8: "9007199254740993",
      min8: "-9223372036854775808",
      f8: 1.5,
      nan: "NaN",
      num: "12345678901234567890.123",
      yes: true,
      no: false,
      txt: "héllo",
      nothing: null,
      tstz: "2024-01-02T03:04:05.123456Z",
      ts: "2024-01-02T03:04:05",
      d: "2024-02-29",
      iv: "P1DT2H",
      bin: Buffer.from([0, 255, 16]).toString("base64"),
      js: { a: [1, "x", null, { b: false }] },
      jsb: [1, 2.5],
      ints: [1, null, 3],
      texts: ["a", "b,c", null],
      grid: [
        [1, 2],
        [3, 4],
      ],
      bigs: ["9007199254740993"],
      times: ["2024-01-02T00:00:00Z"],
      docs: [{ k: 1 }],
      empty: [],
      id: "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
      price: 9.5,
      exactjs: { n: "12345678901234567890.5", p: 9.5 },
      nums: [0.1, 2.5],
    });

    // The same values sent as parameters come back unchanged.
    await db.call("Execute", {
      sql: `CREATE TABLE typed (big int8, num numeric, ts timestamptz, bin bytea, doc jsonb, tags text[],
                                flag bool, f float8, nothing text)`,
    });
    await db.call("Execute", {
      sql: "INSERT INTO typed VALUES ($1, $2, $3, decode($4, 'base64'), $5, $6, $7, $8, $9)",
      params: [
        val("9223372036854775807"),
        val("0.1000000000000000000001"),
        val("2024-06-30T23:59:59.5+02:00"),
        val(Buffer.from("binary\u0000data").toString("base64")),
        val({ nested: { list: [1, "two", true, null] } }),
        val(["x", 'quote"d', "back\\slash", null]),
        val(true),
        val(-0.25),
        val(null),
      ],
    });
    const back = await db.call("QueryRow", { sql: "SELECT * FROM typed" });
    assert.deepEqual(plain(back.row), {
      big: "9223372036854775807",
      num: "0.1000000000000000000001",
      ts: "2024-06-30T21:59:59.5Z",
      bin: Buffer.from("binary\u0000data").toString("base64"),
      doc: { nested: { list: [1, "two", true, null] } },
      tags: ["x", 'quote"d', "back\\slash", null],
      flag: true,
      f: -0.25,
      nothing: null,
    });
  });

  test("json nested deeper than a protobuf Value can carry comes back as its JSON text; INSERT … RETURNING answers OK", async () => {
    const nested = (levels: number) => `${'{"a": '.repeat(levels)}1${"}".repeat(levels)}`;
    await db.call("Execute", { sql: "CREATE TABLE docs (id int PRIMARY KEY, doc jsonb)" });
    // 50 levels: past protobuf's nesting limit of 100 messages, which an answer could not be encoded in.
    const deep = await db.call("Query", {
      sql: "INSERT INTO docs VALUES (1, $1::jsonb), (2, $2::jsonb) RETURNING id, doc",
      params: [val(nested(50)), val(nested(MAX_JSON_DEPTH))],
    });
    const [tooDeep, fits] = deep.rows.map(plain);
    assert.equal(tooDeep.doc, nested(50));
    let level = fits.doc;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) level = level.a;
    assert.equal(level, 1, "a value at the limit is structured, every level of it");
    assert.equal(
      (await db.call("QueryRow", { sql: "SELECT count(*)::int AS n FROM docs" })).row.fields.n.numberValue,
      2,
    );
  });

  test("more than one statement in sql is INVALID_ARGUMENT and runs nothing", async () => {
    await rejectsWith(
      db.call("Execute", { sql: "INSERT INTO items VALUES (50, 'x', 1); DROP TABLE items" }),
      status.INVALID_ARGUMENT,
      /exactly one statement/,
    );
    await rejectsWith(db.call("Query", { sql: "SELECT 1; SELECT 2" }), status.INVALID_ARGUMENT, /one statement/);
    const left = await db.call("QueryRow", { sql: "SELECT count(*) AS n FROM items WHERE id = 50" });
    assert.deepEqual(plain(left.row), { n: 0 });
  });

  test("transaction control in plain calls is refused, and no pooled connection is left inside a transaction", async () => {
    await rejectsWith(db.call("Execute", { sql: "BEGIN" }), status.INVALID_ARGUMENT, /BeginTransaction/);
    // A comment hides the keyword from the check; PostgreSQL's own transaction state still gives it away.
    await rejectsWith(db.call("Execute", { sql: "/* x */ BEGIN" }), status.INVALID_ARGUMENT, /left a transaction open/);
    for (let i = 0; i < 6; i++) await db.call("QueryRow", { sql: "SELECT 1" });
    const stuck = await adminQuery(
      "SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND state LIKE 'idle in transaction%'",
      [pgRole(org)],
    );
    assert.equal(stuck.rowCount, 0);
  });

  test("results over the row limit are RESOURCE_EXHAUSTED, and a data change behind them is undone", async () => {
    const five = await db.call("Query", {
      sql: "SELECT g FROM generate_series(1, $1::int) g",
      params: [val(MAX_ROWS)],
    });
    assert.equal(five.row_count, MAX_ROWS);
    await rejectsWith(
      db.call("Query", { sql: "SELECT g FROM generate_series(1, 1000000) g" }),
      status.RESOURCE_EXHAUSTED,
      /more than 5 rows/,
    );
    await rejectsWith(
      db.call("Query", { sql: "INSERT INTO items SELECT g, 'bulk', 1 FROM generate_series(100, 110) g RETURNING id" }),
      status.RESOURCE_EXHAUSTED,
      /rolled back/,
    );
    const bulk = await db.call("QueryRow", { sql: "SELECT count(*) AS n FROM items WHERE name = 'bulk'" });
    assert.deepEqual(plain(bulk.row), { n: 0 });
    // QueryRow only wants the first row, and Execute none: neither is limited.
    const first = await db.call("QueryRow", { sql: "SELECT g FROM generate_series(1, 100) g" });
    assert.deepEqual(plain(first.row), { g: 1 });
    const many = await db.call("Execute", { sql: "SELECT g FROM generate_series(1, 100) g" });
    assert.equal(many.rows_affected, "100");
  });

  test("ExecuteBatch and ExecuteInTransaction apply all or nothing, naming the failing operation", async () => {
    const ok = await db.call("ExecuteBatch", {
      operations: [
        { sql: "INSERT INTO items VALUES ($1, $2, 1)", params: [val(10), val("b1")] },
        { sql: "INSERT INTO items VALUES ($1, $2, 1)", params: [val(11), val("b2")] },
        { sql: "UPDATE items SET qty = 5 WHERE id IN (10, 11)" },
      ],
    });
    assert.deepEqual(
      ok.results.map((r: { rows_affected: string; command_tag: string }) => [r.rows_affected, r.command_tag]),
      [
        ["1", "INSERT 0 1"],
        ["1", "INSERT 0 1"],
        ["2", "UPDATE 2"],
      ],
    );
    assert.equal(ok.total_rows_affected, 4);

    await rejectsWith(
      db.call("ExecuteInTransaction", {
        operations: [
          { sql: "INSERT INTO items VALUES (12, 'b3', 1)" },
          { sql: "INSERT INTO items VALUES (10, 'duplicate', 1)" },
          { sql: "INSERT INTO items VALUES (13, 'b4', 1)" },
        ],
      }),
      status.ALREADY_EXISTS,
      /^operation 1 failed, nothing was applied: SQLSTATE 23505/,
    );
    const after = await db.call("Query", { sql: "SELECT id FROM items WHERE id BETWEEN 10 AND 13 ORDER BY id" });
    assert.deepEqual(after.rows.map(plain), [{ id: 10 }, { id: 11 }]);

    const committed = await db.call("ExecuteInTransaction", {
      operations: [{ sql: "DELETE FROM items WHERE id = 11" }, { sql: "INSERT INTO items VALUES (11, 'again', 2)" }],
    });
    assert.equal(committed.committed, true);
    assert.deepEqual(plain((await db.call("QueryRow", { sql: "SELECT name FROM items WHERE id = 11" })).row), {
      name: "again",
    });
    await rejectsWith(db.call("ExecuteBatch", { operations: [] }), status.INVALID_ARGUMENT, /operations is empty/);
  });

  test("SQL errors map by SQLSTATE and keep PostgreSQL's text", async () => {
    const cases: [string, number, RegExp][] = [
      ["SELEC 1", status.INVALID_ARGUMENT, /42601: syntax error/],
      ["SELECT * FROM missing_table", status.INVALID_ARGUMENT, /42P01: relation "missing_table" does not exist/],
      ["SELECT no_such_column FROM items", status.INVALID_ARGUMENT, /42703/],
      ["SELECT 1/0", status.INVALID_ARGUMENT, /22012: division by zero/],
      ["INSERT INTO items VALUES (1, 'dup', 1)", status.ALREADY_EXISTS, /23505.*Key \(id\)=\(1\) already exists/],
      ["INSERT INTO items (id) VALUES (77)", status.FAILED_PRECONDITION, /23502: null value in column "name"/],
      ["INSERT INTO items VALUES (78, 'neg', -1)", status.FAILED_PRECONDITION, /23514/],
      ["CREATE TABLE items (x int)", status.ALREADY_EXISTS, /42P07/],
      [
        "SELECT pg_read_file('/etc/passwd')",
        status.PERMISSION_DENIED,
        /42501: permission denied for function pg_read_file/,
      ],
    ];
    for (const [sql, code, pattern] of cases) await rejectsWith(db.call("Execute", { sql }), code, pattern);
    await rejectsWith(
      db.call("Execute", { sql: "SELECT $1::int", params: [val(1), val(2)] }),
      status.INVALID_ARGUMENT,
      /08P01/,
    );
  });

  test("cached statements: DDL that changes a result, and the caller's own PREPARE and DEALLOCATE", async () => {
    await db.call("Execute", { sql: "CREATE TABLE cached_t (id int PRIMARY KEY)" });
    await db.call("Execute", { sql: "INSERT INTO cached_t VALUES (1)" });
    const sql = "SELECT * FROM cached_t WHERE id = $1";
    // Several calls, so the statement is prepared on whichever pooled connections serve them.
    for (let i = 0; i < 6; i++) {
      assert.deepEqual(plain((await db.call("QueryRow", { sql, params: [val(1)] })).row), { id: 1 });
    }
    await db.call("Execute", { sql: "ALTER TABLE cached_t ADD COLUMN note text DEFAULT 'n'" });
    for (let i = 0; i < 6; i++) {
      assert.deepEqual(plain((await db.call("QueryRow", { sql, params: [val(1)] })).row), { id: 1, note: "n" });
    }
    // A caller's PREPARE taking a name the sidecar would use, and a DEALLOCATE ALL, break nothing.
    for (let i = 1; i <= 3; i++) await db.call("Execute", { sql: `PREPARE isa_s${i} AS SELECT 1` });
    await db.call("Execute", { sql: "DEALLOCATE ALL" });
    for (let i = 0; i < 6; i++) {
      const other = `SELECT id FROM cached_t WHERE id = $1 AND ${i} = ${i}`;
      assert.deepEqual(plain((await db.call("QueryRow", { sql: other, params: [val(1)] })).row), { id: 1 });
      assert.deepEqual(plain((await db.call("QueryRow", { sql, params: [val(1)] })).row), { id: 1, note: "n" });
    }
  });

  test("a logical schema is its own namespace inside the org", async () => {
    await db.call("Execute", { sql: "CREATE TABLE notes (body text)", schema: "reports" });
    await db.call("Execute", { sql: "INSERT INTO notes VALUES ('in reports')", schema: "reports" });
    const there = await db.call("Query", { sql: "SELECT body FROM notes", schema: "reports" });
    assert.deepEqual(there.rows.map(plain), [{ body: "in reports" }]);
    await rejectsWith(
      db.call("Query", { sql: "SELECT body FROM notes" }),
      status.INVALID_ARGUMENT,
      /"notes" does not exist/,
    );
    const owner = await adminQuery<{ owner: string }>(
      "SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1",
      [pgSchema(org, "reports")],
    );
    assert.equal(owner.rows[0]?.owner, pgRole(org));
    await rejectsWith(
      db.call("Query", { sql: "SELECT 1", schema: "Bad-Name" }),
      status.INVALID_ARGUMENT,
      /schema "Bad-Name"/,
    );
  });

  test("the call's deadline ends its statement on the server", async () => {
    await rejectsWith(
      db.call("Execute", { sql: "SELECT pg_sleep(30)" }, { deadlineMs: 500 }),
      status.DEADLINE_EXCEEDED,
    );
    await waitUntilNoSleepFor(org);
  });

  test("a deadline weeks away is kept: the statement runs under PostgreSQL's largest statement_timeout", async () => {
    // 30 days: 25 % past it is more than statement_timeout can hold (2^31-1 ms), and more than a
    // Node timer can (a longer one fires at once). Such calls failed with SQLSTATE 22023.
    const days30 = 30 * 86_400_000;
    const r = await db.call(
      "QueryRow",
      { sql: "SELECT current_setting('statement_timeout') AS timeout" },
      { deadlineMs: days30 },
    );
    assert.deepEqual(plain(r.row), { timeout: "2147483647ms" });
  });

  test("a cancelled call cancels its statement on the server", async () => {
    const metadata = new Metadata();
    metadata.set("authorization", `Bearer ${await proc.token(org, "alice")}`);
    const cancelled = new Promise<number>((resolve) => {
      // biome-ignore lint/suspicious/noExplicitAny: the raw grpc-js method, for its cancel()
      const call = (db.raw as any).Execute({ sql: "SELECT pg_sleep(30)" }, metadata, (err: { code: number } | null) =>
        resolve(err?.code ?? status.OK),
      );
      void waitForSleepOf(org).then(() => call.cancel());
    });
    assert.equal(await cancelled, status.CANCELLED);
    await waitUntilNoSleepFor(org);
  });
});

async function sleepers(org: string): Promise<number> {
  const r = await adminQuery<{ n: string }>(
    "SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1 AND state = 'active' AND query LIKE '%pg_sleep(30)%'",
    [pgRole(org)],
  );
  return Number(r.rows[0]!.n);
}

async function waitForSleepOf(org: string): Promise<void> {
  for (let i = 0; i < 200 && (await sleepers(org)) === 0; i++) await new Promise((r) => setTimeout(r, 25));
}

async function waitUntilNoSleepFor(org: string): Promise<void> {
  let n = await sleepers(org);
  for (let i = 0; i < 200 && n > 0; i++) {
    await new Promise((r) => setTimeout(r, 25));
    n = await sleepers(org);
  }
  assert.equal(n, 0, "the statement is still running on the server");
}
