/**
 * SelectFrom, InsertInto, UpdateTable, DeleteFrom, GetTableInfo, ListTables, TableExists,
 * HealthCheck and GetStats against the shared PostgreSQL, through the real sidecar process.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { connect, type TestClient } from "../helpers/client";
import {
  adminQuery,
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  plainValue,
  postgresArgs,
  rejectsWith,
  struct,
  uniqueOrg,
  val,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const where = (column: string, operator: string, value?: unknown) => ({
  column,
  operator,
  value: value === undefined ? null : val(value),
});

describe("PostgreSQL table and metadata calls", () => {
  const org = uniqueOrg("pgtables");
  let proc: SidecarProcess;
  let db: TestClient;

  before(async () => {
    proc = await startSidecar({ args: postgresArgs() });
    await waitServing(proc, POSTGRES_SERVICE);
    db = connect(proc.address, POSTGRES_SERVICE, await proc.token(org, "alice"));
    await db.call("Execute", {
      sql: `CREATE TABLE people (id serial PRIMARY KEY, name text NOT NULL, city text,
                                 age int DEFAULT 30, tags text[], "odd ""name""" text)`,
    });
  });

  after(async () => {
    db?.close();
    await proc?.stop();
    await dropOrgs([org]);
  });

  test("InsertInto inserts rows (missing fields take their default) and returns them", async () => {
    const r = await db.call("InsertInto", {
      table: "people",
      rows: [
        struct({ name: "Ann", city: "Oslo", age: 41, tags: ["a", "b"] }),
        struct({ name: "Bo", city: null }),
        struct({ name: "Cy", city: "Rome", age: 25, 'odd "name"': "quoted" }),
      ],
      returning: true,
    });
    assert.equal(r.rows_inserted, "3");
    assert.deepEqual(r.rows.map(plain), [
      { id: 1, name: "Ann", city: "Oslo", age: 41, tags: ["a", "b"], 'odd "name"': null },
      { id: 2, name: "Bo", city: null, age: 30, tags: null, 'odd "name"': null },
      { id: 3, name: "Cy", city: "Rome", age: 25, tags: null, 'odd "name"': "quoted" },
    ]);
    const plainInsert = await db.call("InsertInto", { table: "people", rows: [struct({ name: "Di", age: 19 })] });
    assert.equal(plainInsert.rows_inserted, "1");
    assert.deepEqual(plainInsert.rows, []);
  });

  test("SelectFrom filters with every allowed operator, orders, limits and offsets", async () => {
    const select = async (req: object) =>
      (await db.call("SelectFrom", { table: "people", columns: ["name"], order_by: ["id"], ...req })).rows
        .map(plain)
        .map((r: { name: string }) => r.name);
    assert.deepEqual(await select({ where: [where("age", "=", 41)] }), ["Ann"]);
    assert.deepEqual(await select({ where: [where("age", "!=", 41)] }), ["Bo", "Cy", "Di"]);
    assert.deepEqual(await select({ where: [where("age", "<", 25)] }), ["Di"]);
    assert.deepEqual(await select({ where: [where("age", "<=", 25)] }), ["Cy", "Di"]);
    assert.deepEqual(await select({ where: [where("age", ">", 30)] }), ["Ann"]);
    assert.deepEqual(await select({ where: [where("age", ">=", 30)] }), ["Ann", "Bo"]);
    assert.deepEqual(await select({ where: [where("name", "like", "_o")] }), ["Bo"]);
    assert.deepEqual(await select({ where: [where("city", "ILIKE", "o%")] }), ["Ann"]);
    assert.deepEqual(await select({ where: [where("id", "IN", [1, 3, 99])] }), ["Ann", "Cy"]);
    assert.deepEqual(await select({ where: [where("id", "IN", [])] }), []);
    assert.deepEqual(await select({ where: [where("city", "IS NULL")] }), ["Bo", "Di"]);
    assert.deepEqual(await select({ where: [where("city", "is not null"), where("age", ">", 30)] }), ["Ann"]);
    assert.deepEqual(await select({ order_by: ["age DESC NULLS LAST", "name asc"] }), ["Ann", "Bo", "Cy", "Di"]);
    assert.deepEqual(await select({ order_by: ["name DESC"], limit: 2, offset: 1 }), ["Cy", "Bo"]);
    const all = await db.call("SelectFrom", { table: "people", where: [where("id", "=", 1)] });
    assert.equal(all.row_count, 1);
    assert.deepEqual(Object.keys(plain(all.rows[0])).sort(), ["age", "city", "id", "name", 'odd "name"', "tags"]);
  });

  test("SelectFrom refuses operators outside the allow-list and quotes every identifier", async () => {
    await rejectsWith(
      db.call("SelectFrom", { table: "people", where: [where("age", "= 1 OR 1=1 --", 1)] }),
      status.INVALID_ARGUMENT,
      /operator/,
    );
    await rejectsWith(
      db.call("SelectFrom", { table: "people", where: [where("age", "BETWEEN", 1)] }),
      status.INVALID_ARGUMENT,
      /use =, !=/,
    );
    await rejectsWith(
      db.call("SelectFrom", { table: "people", columns: ["name FROM people; DROP TABLE people; --"] }),
      status.INVALID_ARGUMENT,
      /42703: column "name FROM people; DROP TABLE people; --" does not exist/,
    );
    await rejectsWith(
      db.call("SelectFrom", { table: "people", order_by: ["(SELECT 1)"] }),
      status.INVALID_ARGUMENT,
      /42703/,
    );
    await rejectsWith(
      db.call("SelectFrom", { table: "pg_authid" }),
      status.INVALID_ARGUMENT,
      /relation "\(default\).pg_authid" does not exist/,
    );
    await rejectsWith(db.call("SelectFrom", { table: "people", limit: -1 }), status.INVALID_ARGUMENT, /limit/);
    await rejectsWith(
      db.call("SelectFrom", { table: "people", where: [where("age", "=")] }),
      status.INVALID_ARGUMENT,
      /value is missing/,
    );
    assert.equal((await db.call("TableExists", { table: "people" })).exists, true);
  });

  test("UpdateTable and DeleteFrom change matching rows, return them, and refuse a missing where", async () => {
    const up = await db.call("UpdateTable", {
      table: "people",
      values: struct({ city: "Paris", age: 50 }),
      where: [where("name", "IN", ["Bo", "Di"])],
      returning: true,
    });
    assert.equal(up.rows_updated, "2");
    assert.deepEqual(
      up.rows.map(plain).map((r: { name: string; city: string; age: number }) => [r.name, r.city, r.age]),
      [
        ["Bo", "Paris", 50],
        ["Di", "Paris", 50],
      ],
    );
    await rejectsWith(
      db.call("UpdateTable", { table: "people", values: struct({ age: 1 }) }),
      status.INVALID_ARGUMENT,
      /allow_all_rows/,
    );
    await rejectsWith(db.call("DeleteFrom", { table: "people" }), status.INVALID_ARGUMENT, /allow_all_rows/);
    const del = await db.call("DeleteFrom", { table: "people", where: [where("city", "=", "Paris")], returning: true });
    assert.equal(del.rows_deleted, "2");
    assert.deepEqual(
      del.rows
        .map(plain)
        .map((r: { name: string }) => r.name)
        .sort(),
      ["Bo", "Di"],
    );

    const everyone = await db.call("UpdateTable", {
      table: "people",
      values: struct({ age: 1 }),
      allow_all_rows: true,
    });
    assert.equal(everyone.rows_updated, "2");
    await db.call("Execute", { sql: "CREATE TABLE scratch (x int)" });
    await db.call("InsertInto", { table: "scratch", rows: [struct({ x: 1 }), struct({ x: 2 })] });
    const wiped = await db.call("DeleteFrom", { table: "scratch", allow_all_rows: true });
    assert.equal(wiped.rows_deleted, "2");
  });

  test("GetTableInfo, ListTables and TableExists describe the caller's schema only", async () => {
    await db.call("Execute", {
      sql: "CREATE TABLE pairs (a int, b text, note text DEFAULT 'n/a', PRIMARY KEY (b, a))",
    });
    await db.call("Execute", { sql: "CREATE VIEW grown AS SELECT name FROM people WHERE age > 18" });
    await db.call("Execute", { sql: "CREATE TABLE elsewhere (x int)", schema: "archive" });

    const info = (await db.call("GetTableInfo", { table: "pairs" })).table_info;
    assert.equal(info.table_name, "pairs");
    assert.equal(info.schema, "");
    assert.deepEqual(info.columns, [
      { column_name: "a", data_type: "integer", is_nullable: false, default_value: "" },
      { column_name: "b", data_type: "text", is_nullable: false, default_value: "" },
      { column_name: "note", data_type: "text", is_nullable: true, default_value: "'n/a'::text" },
    ]);
    assert.deepEqual(info.primary_keys, ["b", "a"]);
    assert.equal(info.row_count_estimate, "0");

    const archived = (await db.call("GetTableInfo", { table: "elsewhere", schema: "archive" })).table_info;
    assert.equal(archived.schema, "archive");
    await rejectsWith(db.call("GetTableInfo", { table: "elsewhere" }), status.NOT_FOUND);
    await rejectsWith(db.call("GetTableInfo", { table: "pg_class" }), status.NOT_FOUND);

    assert.deepEqual((await db.call("ListTables", {})).tables, ["grown", "pairs", "people", "scratch"]);
    assert.deepEqual((await db.call("ListTables", { schema: "archive" })).tables, ["elsewhere"]);
    assert.equal((await db.call("TableExists", { table: "grown" })).exists, true);
    assert.equal((await db.call("TableExists", { table: "elsewhere" })).exists, false);
    assert.equal((await db.call("TableExists", { table: "elsewhere", schema: "archive" })).exists, true);
    // "public" (the isA SDK's default) is the org's default schema, in every RPC.
    assert.deepEqual((await db.call("ListTables", { schema: "public" })).tables, [
      "grown",
      "pairs",
      "people",
      "scratch",
    ]);
    assert.equal((await db.call("TableExists", { table: "pairs", schema: "public" })).exists, true);
    const viaPublic = (await db.call("GetTableInfo", { table: "pairs", schema: "public" })).table_info;
    assert.deepEqual(viaPublic.primary_keys, ["b", "a"]);
    const row = await db.call("QueryRow", { sql: "SELECT count(*) AS n FROM pairs", schema: "public" });
    assert.equal(row.found, true);
  });

  test("HealthCheck reports the server's version; GetStats the caller's own pool and schemas", async () => {
    const version = (await adminQuery<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    const health = await db.call("HealthCheck", { detailed: true });
    assert.equal(health.healthy, true);
    assert.equal(health.status, "healthy");
    assert.equal(health.version, version);
    assert.equal(plainValue(health.details.fields.pool_max_connections), 4);
    assert.equal(plainValue(health.details.fields.open_transactions), 0);
    assert.equal((await db.call("HealthCheck", {})).details, null);

    const stats = await db.call("GetStats", {});
    assert.equal(stats.pool_stats.max_connections, 4);
    assert.ok(stats.pool_stats.open_connections >= 1);
    assert.ok(Number(stats.pool_stats.total_queries) > 10);
    assert.equal(stats.db_stats.version, version);
    // people, pairs, scratch, elsewhere: the org's tables in all its schemas, nobody else's.
    assert.equal(stats.db_stats.total_tables, 4);
    assert.ok(Number(stats.db_stats.database_size_bytes) > 0);
    assert.ok(Number(stats.db_stats.total_connections) >= 1);
    const started = (
      await adminQuery<{ s: number }>("SELECT floor(extract(epoch FROM pg_postmaster_start_time()))::int8 AS s")
    ).rows[0]!.s;
    assert.equal(stats.db_stats.uptime_since.seconds, String(started));
  });
});
