/**
 * Transactions held by the sidecar across calls: commit, rollback, isolation level, the idle
 * timeout, the per-org limit, ids bound to their org and user, and the row limit inside one.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { connect, type TestClient } from "../helpers/client";
import {
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  postgresArgs,
  rejectsWith,
  struct,
  uniqueOrg,
  val,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

describe("PostgreSQL transactions across calls", () => {
  const org = uniqueOrg("pgtx");
  const otherOrg = uniqueOrg("pgtx-other");
  let proc: SidecarProcess;
  let alice: TestClient;
  let bob: TestClient; // same org, another user
  let eve: TestClient; // another org

  const count = async (client: TestClient, where = "true") =>
    plain((await client.call("QueryRow", { sql: `SELECT count(*)::int AS n FROM ledger WHERE ${where}` })).row).n;

  before(async () => {
    proc = await startSidecar({
      args: postgresArgs(undefined, [
        "--postgres-tx-idle-timeout",
        "1s",
        "--postgres-max-tx-per-org",
        "2",
        "--postgres-pool-size",
        "4",
        "--postgres-max-rows",
        "3",
      ]),
    });
    await waitServing(proc, POSTGRES_SERVICE);
    alice = connect(proc.address, POSTGRES_SERVICE, await proc.token(org, "alice"));
    bob = connect(proc.address, POSTGRES_SERVICE, await proc.token(org, "bob"));
    eve = connect(proc.address, POSTGRES_SERVICE, await proc.token(otherOrg, "eve"));
    await alice.call("Execute", { sql: "CREATE TABLE ledger (id int PRIMARY KEY, amount int)" });
  });

  after(async () => {
    for (const c of [alice, bob, eve]) c?.close();
    await proc?.stop();
    await dropOrgs([org, otherOrg]);
  });

  test("statements in a transaction are invisible outside until CommitTransaction", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    assert.match(tx, /^[0-9a-f-]{36}$/);
    await alice.call("Execute", {
      sql: "INSERT INTO ledger VALUES ($1, $2)",
      params: [val(1), val(100)],
      transaction_id: tx,
    });
    await alice.call("InsertInto", { table: "ledger", rows: [struct({ id: 2, amount: 5 })], transaction_id: tx });
    const inside = await alice.call("Query", { sql: "SELECT id FROM ledger ORDER BY id", transaction_id: tx });
    assert.deepEqual(inside.rows.map(plain), [{ id: 1 }, { id: 2 }]);
    assert.equal(await count(alice), 0);

    assert.equal((await alice.call("CommitTransaction", { transaction_id: tx })).success, true);
    assert.equal(await count(alice), 2);
    await rejectsWith(alice.call("CommitTransaction", { transaction_id: tx }), status.FAILED_PRECONDITION, /committed/);
  });

  test("RollbackTransaction discards everything the transaction did", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    await alice.call("Execute", { sql: "DELETE FROM ledger", transaction_id: tx });
    await alice.call("UpdateTable", {
      table: "ledger",
      values: struct({ amount: 0 }),
      allow_all_rows: true,
      transaction_id: tx,
    });
    assert.equal(
      plain((await alice.call("QueryRow", { sql: "SELECT count(*)::int AS n FROM ledger", transaction_id: tx })).row).n,
      0,
    );
    assert.equal((await alice.call("RollbackTransaction", { transaction_id: tx })).success, true);
    assert.equal(await count(alice, "amount > 0"), 2);
  });

  test("the isolation level is honoured", async () => {
    const tx = (await alice.call("BeginTransaction", { isolation_level: "repeatable_read" })).transaction_id;
    const level = await alice.call("QueryRow", { sql: "SHOW transaction_isolation", transaction_id: tx });
    assert.deepEqual(plain(level.row), { transaction_isolation: "repeatable read" });
    const before = await alice.call("QueryRow", { sql: "SELECT count(*)::int AS n FROM ledger", transaction_id: tx });
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (3, 7)" }); // committed outside
    const again = await alice.call("QueryRow", { sql: "SELECT count(*)::int AS n FROM ledger", transaction_id: tx });
    assert.deepEqual(plain(again.row), plain(before.row), "a repeatable-read snapshot must not see the new row");
    await alice.call("RollbackTransaction", { transaction_id: tx });

    const serial = (await alice.call("BeginTransaction", { isolation_level: "SERIALIZABLE" })).transaction_id;
    const l2 = await alice.call("QueryRow", { sql: "SHOW transaction_isolation", transaction_id: serial });
    assert.deepEqual(plain(l2.row), { transaction_isolation: "serializable" });
    await alice.call("RollbackTransaction", { transaction_id: serial });
    await rejectsWith(
      alice.call("BeginTransaction", { isolation_level: "chaos" }),
      status.INVALID_ARGUMENT,
      /isolation_level/,
    );
  });

  test("a transaction id is bound to its org and user: anyone else gets NOT_FOUND", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (40, 1)", transaction_id: tx });
    for (const stranger of [bob, eve]) {
      await rejectsWith(stranger.call("Query", { sql: "SELECT 1", transaction_id: tx }), status.NOT_FOUND);
      await rejectsWith(stranger.call("CommitTransaction", { transaction_id: tx }), status.NOT_FOUND);
      await rejectsWith(stranger.call("RollbackTransaction", { transaction_id: tx }), status.NOT_FOUND);
    }
    await rejectsWith(alice.call("CommitTransaction", { transaction_id: "no-such-id" }), status.NOT_FOUND);
    await alice.call("CommitTransaction", { transaction_id: tx });
    assert.equal(await count(alice, "id = 40"), 1);
  });

  test("an idle transaction is rolled back after the idle timeout", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (50, 1)", transaction_id: tx });
    await new Promise((r) => setTimeout(r, 2500));
    await rejectsWith(alice.call("CommitTransaction", { transaction_id: tx }), status.FAILED_PRECONDITION, /idle/);
    assert.equal(await count(alice, "id = 50"), 0);
    // Already rolled back: rolling back again is done, not an error.
    assert.equal((await alice.call("RollbackTransaction", { transaction_id: tx })).success, true);
  });

  test("at most N transactions are open per org", async () => {
    const t1 = (await alice.call("BeginTransaction", {})).transaction_id;
    const t2 = (await bob.call("BeginTransaction", {})).transaction_id;
    await rejectsWith(alice.call("BeginTransaction", {}), status.RESOURCE_EXHAUSTED, /open transactions/);
    // Another org is not affected, and calls outside transactions still get a connection.
    const t3 = (await eve.call("BeginTransaction", {})).transaction_id;
    assert.equal(await count(alice, "id = 1"), 1);
    await alice.call("RollbackTransaction", { transaction_id: t1 });
    const t4 = (await alice.call("BeginTransaction", {})).transaction_id;
    for (const [c, t] of [
      [alice, t4],
      [bob, t2],
      [eve, t3],
    ] as const) {
      await c.call("RollbackTransaction", { transaction_id: t });
    }
  });

  test("a failed statement fails the transaction; committing it commits nothing", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (60, 1)", transaction_id: tx });
    await rejectsWith(
      alice.call("Execute", { sql: "INSERT INTO ledger VALUES (60, 2)", transaction_id: tx }),
      status.ALREADY_EXISTS,
    );
    await rejectsWith(
      alice.call("Query", { sql: "SELECT 1", transaction_id: tx }),
      status.FAILED_PRECONDITION,
      /25P02: current transaction is aborted/,
    );
    await rejectsWith(
      alice.call("CommitTransaction", { transaction_id: tx }),
      status.FAILED_PRECONDITION,
      /nothing was committed/,
    );
    assert.equal(await count(alice, "id = 60"), 0);
  });

  test("a result over the row limit inside a transaction rolls the transaction back", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (70, 1)", transaction_id: tx });
    await rejectsWith(
      alice.call("Query", { sql: "SELECT g FROM generate_series(1, 10) g", transaction_id: tx }),
      status.RESOURCE_EXHAUSTED,
      /its transaction were rolled back/,
    );
    await rejectsWith(alice.call("CommitTransaction", { transaction_id: tx }), status.FAILED_PRECONDITION, /row count/);
    assert.equal(await count(alice, "id = 70"), 0);
  });

  test("savepoints work inside a held transaction; COMMIT as SQL is refused", async () => {
    const tx = (await alice.call("BeginTransaction", {})).transaction_id;
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (80, 1)", transaction_id: tx });
    await alice.call("Execute", { sql: "SAVEPOINT s1", transaction_id: tx });
    await alice.call("Execute", { sql: "INSERT INTO ledger VALUES (81, 1)", transaction_id: tx });
    await alice.call("Execute", { sql: "ROLLBACK TO SAVEPOINT s1", transaction_id: tx });
    await rejectsWith(
      alice.call("Execute", { sql: "COMMIT", transaction_id: tx }),
      status.INVALID_ARGUMENT,
      /CommitTransaction/,
    );
    await alice.call("CommitTransaction", { transaction_id: tx });
    assert.equal(await count(alice, "id IN (80, 81)"), 1);
  });
});
