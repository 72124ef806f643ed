/**
 * The isA Python SDK's PostgreSQL flows, written as our own calls: gzip on every message, an empty
 * RequestMetadata, `schema: "public"`, the sidecar in local mode with a default org. Asserts what
 * that SDK reads from each answer (shared/contract/CLIENT-SEMANTICS.md): `metadata.success` first,
 * then `found`, `rows_affected`, `rows_inserted`, `total_rows_affected`, `exists`, `tables`,
 * `pool_stats`, `db_stats.version`, and numbers it can do arithmetic on.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { pgSchema } from "../../sidecar/tenancy";
import { connect, type Message, type TestClient } from "../helpers/client";
import {
  adminQuery,
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  postgresArgs,
  struct,
  uniqueOrg,
  val,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

describe("isA SDK compatibility: PostgreSQL", () => {
  const org = uniqueOrg("compat-pg");
  let proc: SidecarProcess;
  let client: TestClient;
  /** RPCs that answered with metadata.success, and every request id seen. */
  const succeeded = new Set<string>();
  const requestIds = new Set<string>();

  /** A call as the SDK makes it, checking the metadata it reads before anything else. */
  async function sdk(method: string, request: Message = {}): Promise<Message> {
    const before = Math.floor(Date.now() / 1000);
    const answer = await client.call(method, { metadata: {}, ...request });
    const after = Math.ceil(Date.now() / 1000);
    const m = answer.metadata;
    assert.ok(m, `${method} answered without metadata`);
    assert.equal(m.success, true, `${method}: metadata.success`);
    assert.notEqual(m.message, "", `${method}: metadata.message`);
    const seconds = Number(m.timestamp?.seconds);
    assert.ok(seconds >= before && seconds <= after, `${method}: timestamp ${seconds} is not now`);
    assert.ok(m.timestamp.nanos >= 0 && m.timestamp.nanos < 1e9);
    assert.notEqual(m.request_id, "", `${method}: metadata.request_id`);
    assert.ok(!requestIds.has(m.request_id), `${method}: request_id reused`);
    requestIds.add(m.request_id);
    succeeded.add(method);
    return answer;
  }

  before(async () => {
    proc = await startSidecar({
      dev: false,
      args: postgresArgs(undefined, ["--auth", "local", "--default-org", org, "--default-user", "u1"]),
    });
    await waitServing(proc, POSTGRES_SERVICE);
    client = connect(proc.address, POSTGRES_SERVICE, undefined, { gzip: true });
  });

  after(async () => {
    client?.close();
    await proc?.stop();
    await dropOrgs([org]);
  });

  test("HealthCheck: healthy, status healthy", async () => {
    const health = await sdk("HealthCheck", { detailed: false });
    assert.equal(health.healthy, true);
    assert.equal(health.status, "healthy");
    assert.notEqual(health.version, "");
  });

  test('schema "public" is the org\'s own schema: tables land in o_<org>, TableExists and ListTables see them', async () => {
    const created = await sdk("Execute", {
      sql: "CREATE TABLE products (id int PRIMARY KEY, name text NOT NULL, price numeric(12,2), exact numeric, doc jsonb)",
      schema: "public",
    });
    assert.equal(created.rows_affected, "0");
    assert.equal((await sdk("TableExists", { table: "products", schema: "public" })).exists, true);
    assert.equal((await sdk("TableExists", { table: "missing", schema: "public" })).exists, false);
    assert.deepEqual((await sdk("ListTables", { schema: "public" })).tables, ["products"]);
    const physical = await adminQuery("SELECT table_schema FROM information_schema.tables WHERE table_name = $1", [
      "products",
    ]);
    assert.deepEqual(
      physical.rows.map((r) => r.table_schema),
      [pgSchema(org, "")],
    );
    const info = await sdk("GetTableInfo", { table: "products", schema: "public" });
    assert.deepEqual(info.table_info.primary_keys, ["id"]);
  });

  test("InsertInto: rows_inserted and the returned rows", async () => {
    const inserted = await sdk("InsertInto", {
      table: "products",
      schema: "public",
      returning: true,
      rows: [
        struct({ id: 1, name: "pen", price: 9.5, exact: "0.1", doc: { qty: 3 } }),
        struct({ id: 2, name: "book", price: 1234.5, exact: "12345678901234567890.123", doc: { qty: 1 } }),
        struct({ id: 3, name: "gum", price: 0.1, exact: "0.1000000000000000000001", doc: { big: "x" } }),
      ],
    });
    assert.equal(inserted.rows_inserted, "3");
    assert.deepEqual(
      inserted.rows.map(plain).map((r: Record<string, unknown>) => r.id),
      [1, 2, 3],
    );
  });

  test("numeric columns are numbers the app can do arithmetic on; values a double would change stay strings", async () => {
    const q = await sdk("Query", {
      sql: "SELECT id, price, exact, doc FROM products ORDER BY id",
      schema: "public",
    });
    assert.equal(q.row_count, 3);
    const rows = q.rows.map(plain);
    // numeric(12,2) arrives as 9.50, 1234.50, 0.10: the same values as the doubles 9.5, 1234.5, 0.1.
    assert.deepEqual(
      rows.map((r: Record<string, unknown>) => r.price),
      [9.5, 1234.5, 0.1],
    );
    assert.equal((rows[0].price as number) * 2, 19);
    assert.equal(q.rows[0].fields.price.kind, "numberValue");
    assert.equal(rows[0].exact, 0.1);
    assert.equal(rows[1].exact, "12345678901234567890.123");
    assert.equal(rows[2].exact, "0.1000000000000000000001");
    assert.deepEqual(rows[0].doc, { qty: 3 });

    const doubled = await sdk("QueryRow", {
      sql: "SELECT price * 2 AS doubled FROM products WHERE id = $1",
      params: [val(1)],
      schema: "public",
    });
    assert.deepEqual(plain(doubled.row), { doubled: 19 });
    const total = await sdk("QueryRow", { sql: "SELECT sum(price) AS total FROM products", schema: "public" });
    assert.deepEqual(plain(total.row), { total: 1244.1 });
  });

  test("QueryRow: found and row, or found false", async () => {
    const hit = await sdk("QueryRow", {
      sql: "SELECT name FROM products WHERE id = $1",
      params: [val(2)],
      schema: "public",
    });
    assert.equal(hit.found, true);
    assert.deepEqual(plain(hit.row), { name: "book" });
    const miss = await sdk("QueryRow", {
      sql: "SELECT name FROM products WHERE id = $1",
      params: [val(99)],
      schema: "public",
    });
    assert.equal(miss.found, false);
  });

  test("Execute: rows_affected", async () => {
    const updated = await sdk("Execute", {
      sql: "UPDATE products SET name = upper(name) WHERE id <= 2",
      schema: "public",
    });
    assert.equal(updated.rows_affected, "2");
  });

  test("ExecuteBatch: total_rows_affected and one result per statement", async () => {
    const batch = await sdk("ExecuteBatch", {
      schema: "public",
      operations: [
        { sql: "INSERT INTO products (id, name, price) VALUES ($1, $2, $3)", params: [val(4), val("ink"), val(2.25)] },
        { sql: "INSERT INTO products (id, name, price) VALUES ($1, $2, $3)", params: [val(5), val("cap"), val(3)] },
        { sql: "UPDATE products SET price = price + 1 WHERE id >= 4", params: [] },
      ],
    });
    assert.equal(batch.total_rows_affected, 4);
    assert.deepEqual(
      batch.results.map((r: Message) => [r.rows_affected, r.error]),
      [
        ["1", ""],
        ["1", ""],
        ["2", ""],
      ],
    );
  });

  test("SelectFrom, UpdateTable, DeleteFrom", async () => {
    const selected = await sdk("SelectFrom", {
      table: "products",
      schema: "public",
      columns: ["id", "price"],
      where: [{ column: "id", operator: ">=", value: val(4) }],
      order_by: ["id"],
    });
    assert.deepEqual(selected.rows.map(plain), [
      { id: 4, price: 3.25 },
      { id: 5, price: 4 },
    ]);
    const updated = await sdk("UpdateTable", {
      table: "products",
      schema: "public",
      values: struct({ price: 5.5 }),
      where: [{ column: "id", operator: "=", value: val(5) }],
    });
    assert.equal(updated.rows_updated, "1");
    const deleted = await sdk("DeleteFrom", {
      table: "products",
      schema: "public",
      where: [{ column: "id", operator: "=", value: val(4) }],
    });
    assert.equal(deleted.rows_deleted, "1");
  });

  test("transactions: Begin, ExecuteInTransaction, Commit, Rollback", async () => {
    const inBatch = await sdk("ExecuteInTransaction", {
      schema: "public",
      operations: [{ sql: "UPDATE products SET price = 7 WHERE id = 5", params: [] }],
    });
    assert.equal(inBatch.committed, true);
    assert.equal(inBatch.results[0].rows_affected, "1");

    const kept = (await sdk("BeginTransaction", {})).transaction_id;
    assert.notEqual(kept, "");
    await sdk("Execute", { sql: "DELETE FROM products WHERE id = 5", schema: "public", transaction_id: kept });
    assert.equal((await sdk("CommitTransaction", { transaction_id: kept })).success, true);

    const undone = (await sdk("BeginTransaction", {})).transaction_id;
    await sdk("Execute", { sql: "DELETE FROM products", schema: "public", transaction_id: undone });
    assert.equal((await sdk("RollbackTransaction", { transaction_id: undone })).success, true);
    const left = await sdk("QueryRow", { sql: "SELECT count(*) AS n FROM products", schema: "public" });
    assert.deepEqual(plain(left.row), { n: 3 });
  });

  test("GetStats: pool_stats and db_stats.version", async () => {
    const version = (await adminQuery("SELECT current_setting('server_version') AS v")).rows[0].v;
    const stats = await sdk("GetStats", {});
    assert.ok(stats.pool_stats.max_connections > 0);
    assert.ok(stats.pool_stats.open_connections >= 1);
    assert.ok(Number(stats.pool_stats.total_queries) > 0);
    assert.equal(stats.db_stats.version, version);
    assert.equal(stats.db_stats.total_tables, 1);
  });

  test("every one of the service's RPCs answered metadata.success", () => {
    // biome-ignore lint/suspicious/noExplicitAny: the generated client's service definition
    const rpcs = Object.keys((client.raw.constructor as any).service).sort();
    assert.equal(rpcs.length, 17);
    assert.deepEqual([...succeeded].sort(), rpcs);
  });
});
