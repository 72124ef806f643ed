/**
 * The per-connection prepared statement cache against the real PostgreSQL: statements are parsed
 * once, evicted by count and by bytes (and closed on the server), a stale cached statement is
 * parsed anew once, and nothing is cached inside a transaction.
 */
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import pg from "pg";
import type { StatementOptions } from "../../sidecar/services/postgres/statement";
import { cacheOf, runStatement, type StatementCacheLimits } from "../../sidecar/services/postgres/statement-cache";
import { SHARED_PG_URL } from "../helpers/postgres";

const ROWS: StatementOptions = { limit: 100, overflow: "refuse" };

/** A fresh connection with its own temporary table `t` (temp tables vanish with the session). */
async function connection(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: SHARED_PG_URL });
  await client.connect();
  await client.query("CREATE TEMP TABLE t (id int PRIMARY KEY, a text)");
  await client.query("INSERT INTO t VALUES (1, 'one'), (2, 'two')");
  return client;
}

function run(client: pg.Client, limits: StatementCacheLimits, sql: string, values: (string | null)[] = []) {
  return runStatement(client, limits, sql, values, ROWS, (statement) => {
    client.query(statement);
    return statement.done;
  });
}

/** What the server holds for this session, by SQL text. */
async function preparedOnServer(client: pg.Client): Promise<string[]> {
  const r = await client.query<{ statement: string }>(
    "SELECT statement FROM pg_prepared_statements WHERE NOT from_sql ORDER BY prepare_time, statement",
  );
  return r.rows.map((row) => row.statement);
}

describe("prepared statement cache", () => {
  const clients: pg.Client[] = [];
  const open = async () => {
    const c = await connection();
    clients.push(c);
    return c;
  };
  after(async () => {
    await Promise.allSettled(clients.map((c) => c.end()));
  });

  test("a statement is parsed once per connection and bound with new values after", async () => {
    const client = await open();
    const limits = { count: 10, bytes: 10_000 };
    const sql = "SELECT a FROM t WHERE id = $1";
    assert.deepEqual((await run(client, limits, sql, ["1"])).rows, [["one"]]);
    assert.deepEqual((await run(client, limits, sql, ["2"])).rows, [["two"]]);
    assert.deepEqual(await preparedOnServer(client), [sql]);
    assert.equal(cacheOf(client, limits).size, 1);
  });

  test("over the count the least recently used is evicted and closed on the server", async () => {
    const client = await open();
    const limits = { count: 2, bytes: 10_000 };
    await run(client, limits, "SELECT 1");
    await run(client, limits, "SELECT 2");
    await run(client, limits, "SELECT 1"); // now "SELECT 2" is the least recently used
    await run(client, limits, "SELECT 3");
    const held = await preparedOnServer(client);
    assert.deepEqual(held.sort(), ["SELECT 1", "SELECT 3"]);
    assert.deepEqual(cacheOf(client, limits).pendingCloses, []);
  });

  test("over the bytes the oldest are evicted; a text over the bound is never cached", async () => {
    const client = await open();
    const limits = { count: 100, bytes: 40 };
    const a = "SELECT 'aaaaaaaaaaaaaaaaaaaa'"; // 28 bytes
    const b = "SELECT 'bbbbbbbb'"; // 17 bytes: a + b > 40
    await run(client, limits, a);
    await run(client, limits, b);
    // a's Close went out in front of b, in the same write
    assert.deepEqual(await preparedOnServer(client), [b]);
    await run(client, limits, "SELECT 1");
    assert.deepEqual((await preparedOnServer(client)).sort(), [b, "SELECT 1"]);
    const long = `SELECT '${"x".repeat(60)}'`;
    assert.equal((await run(client, limits, long)).rows[0]?.[0], "x".repeat(60));
    assert.equal(cacheOf(client, limits).textBytes, b.length + "SELECT 1".length);
    assert.ok(!(await preparedOnServer(client)).includes(long));
  });

  test("a cached plan whose result type changed (DDL) is parsed anew once", async () => {
    const client = await open();
    const limits = { count: 10, bytes: 10_000 };
    const sql = "SELECT * FROM t WHERE id = $1";
    assert.equal((await run(client, limits, sql, ["1"])).columns.length, 2);
    await client.query("ALTER TABLE t ADD COLUMN b int DEFAULT 7");
    const result = await run(client, limits, sql, ["1"]);
    assert.deepEqual(
      result.columns.map((c) => c.name),
      ["id", "a", "b"],
    );
    assert.deepEqual(result.rows, [["1", "one", "7"]]);
    assert.deepEqual(await preparedOnServer(client), [sql]);
  });

  test("statements the server dropped (DEALLOCATE ALL) are prepared again", async () => {
    const client = await open();
    const limits = { count: 10, bytes: 10_000 };
    await run(client, limits, "SELECT 1");
    await run(client, limits, "SELECT 2");
    await client.query("DEALLOCATE ALL");
    assert.deepEqual((await run(client, limits, "SELECT 2")).rows, [["2"]]);
    assert.deepEqual(await preparedOnServer(client), ["SELECT 2"]);
    assert.equal(cacheOf(client, limits).size, 1);
  });

  test("a statement that fails to parse is not cached; one failing at execution stays cached", async () => {
    const client = await open();
    const limits = { count: 10, bytes: 10_000 };
    await assert.rejects(run(client, limits, "SELEC 1"), { code: "42601" });
    assert.equal(cacheOf(client, limits).size, 0);
    const insert = "INSERT INTO t (id, a) VALUES ($1, 'x')";
    await run(client, limits, insert, ["3"]);
    await assert.rejects(run(client, limits, insert, ["3"]), { code: "23505" });
    await run(client, limits, insert, ["4"]);
    assert.deepEqual(await preparedOnServer(client), [insert]);
  });

  test("inside a transaction statements are unnamed, so the transaction's own DDL cannot break them", async () => {
    const client = await open();
    const limits = { count: 10, bytes: 10_000 };
    await client.query("BEGIN");
    await run(client, limits, "SELECT * FROM t");
    await client.query("ALTER TABLE t ADD COLUMN c int");
    assert.equal((await run(client, limits, "SELECT * FROM t")).columns.length, 3);
    await client.query("COMMIT");
    assert.deepEqual(await preparedOnServer(client), []);
    assert.equal(cacheOf(client, limits).size, 0);
  });

  test("count 0 turns the cache off", async () => {
    const client = await open();
    const limits = { count: 0, bytes: 10_000 };
    await run(client, limits, "SELECT 1");
    assert.deepEqual(await preparedOnServer(client), []);
  });
});
