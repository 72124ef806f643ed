/**
 * A PostgreSQL this test owns (own port, own data directory) is stopped and started under a
 * running sidecar: calls fail with UNAVAILABLE while it is down, work again once it is back
 * without restarting the sidecar, and a transaction open at that moment is reported lost, never
 * committed.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import { pgSchema } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import {
  adminQuery,
  POSTGRES_SERVICE,
  type PrivatePostgres,
  plain,
  postgresArgs,
  rejectsWith,
  startPrivatePostgres,
  uniqueOrg,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

async function serviceState(proc: SidecarProcess): Promise<string> {
  const res = await request(`${proc.adminUrl}/readyz`);
  const body = (await res.body.json()) as { services: Record<string, string> };
  return body.services[POSTGRES_SERVICE] ?? "";
}

async function eventually<T>(what: string, attempt: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`${what}: still failing: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe("PostgreSQL stopped and restarted under the sidecar", () => {
  const org = uniqueOrg("pg-restart");
  let server: PrivatePostgres;
  let proc: SidecarProcess;
  let db: TestClient;

  before(async () => {
    server = await startPrivatePostgres();
    proc = await startSidecar({ args: postgresArgs(server.url) });
    await waitServing(proc, POSTGRES_SERVICE);
    db = connect(proc.address, POSTGRES_SERVICE, await proc.token(org, "alice"));
  });

  after(async () => {
    db?.close();
    await proc?.stop();
    server?.destroy();
  });

  test("UNAVAILABLE while down, recovery without a sidecar restart, the open transaction lost", async () => {
    await db.call("Execute", { sql: "CREATE TABLE kept (id int)" });
    await db.call("Execute", { sql: "INSERT INTO kept VALUES (1)" });
    const tx = (await db.call("BeginTransaction", {})).transaction_id;
    await db.call("Execute", { sql: "INSERT INTO kept VALUES (2)", transaction_id: tx });

    server.stop();
    await rejectsWith(db.call("Query", { sql: "SELECT id FROM kept" }), status.UNAVAILABLE);
    await rejectsWith(db.call("Execute", { sql: "INSERT INTO kept VALUES (3)" }), status.UNAVAILABLE);
    await eventually("the service reports NOT_SERVING", async () =>
      assert.equal(await serviceState(proc), "NOT_SERVING"),
    );
    const health = await db.call("HealthCheck", {});
    assert.equal(health.healthy, false);
    assert.equal(health.status, "unhealthy");
    assert.equal(health.metadata.success, false);
    assert.match(health.metadata.message, /not reachable/);

    server.start();
    const rows = await eventually("Query works again", () => db.call("Query", { sql: "SELECT id FROM kept" }));
    assert.deepEqual(rows.rows.map(plain), [{ id: 1 }]);
    await eventually("the service reports SERVING", async () => assert.equal(await serviceState(proc), "SERVING"));

    await rejectsWith(db.call("CommitTransaction", { transaction_id: tx }), status.FAILED_PRECONDITION, /lost/);
    await rejectsWith(
      db.call("Query", { sql: "SELECT 1", transaction_id: tx }),
      status.FAILED_PRECONDITION,
      /nothing was committed/,
    );
    const stored = await adminQuery(`SELECT id FROM ${pgSchema(org, "")}.kept ORDER BY id`, [], server.url);
    assert.deepEqual(stored.rows, [{ id: 1 }]);
    // New transactions work on the restarted server.
    const again = (await db.call("BeginTransaction", {})).transaction_id;
    await db.call("Execute", { sql: "INSERT INTO kept VALUES (4)", transaction_id: again });
    await db.call("CommitTransaction", { transaction_id: again });
    const final = await db.call("Query", { sql: "SELECT id FROM kept ORDER BY id" });
    assert.deepEqual(final.rows.map(plain), [{ id: 1 }, { id: 4 }]);
  });
});
