/**
 * The per-org connection pools are bounded: a call beyond an org's connections, or an org beyond
 * the number of pools, waits within its deadline and then gets RESOURCE_EXHAUSTED; an idle pool
 * makes room for another org.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { pgRole } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import {
  adminQuery,
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  postgresArgs,
  rejectsWith,
  uniqueOrg,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

describe("PostgreSQL connection pool limits", () => {
  const orgA = uniqueOrg("pgpool-a");
  const orgB = uniqueOrg("pgpool-b");
  let proc: SidecarProcess;
  let a: TestClient;
  let b: TestClient;

  before(async () => {
    proc = await startSidecar({
      args: postgresArgs(undefined, [
        "--postgres-pool-size",
        "2",
        "--postgres-max-tx-per-org",
        "1",
        "--postgres-max-pools",
        "1",
      ]),
    });
    await waitServing(proc, POSTGRES_SERVICE);
    a = connect(proc.address, POSTGRES_SERVICE, await proc.token(orgA, "u"));
    b = connect(proc.address, POSTGRES_SERVICE, await proc.token(orgB, "u"));
    await b.call("QueryRow", { sql: "SELECT 1" }); // provisions B while it still may have the one pool
  });

  after(async () => {
    a?.close();
    b?.close();
    await proc?.stop();
    await dropOrgs([orgA, orgB]);
  });

  test("calls beyond the org's connections queue within their deadline, then RESOURCE_EXHAUSTED", async () => {
    const busy = [1, 2].map(() => a.call("Execute", { sql: "SELECT pg_sleep(2)" }, { deadlineMs: 20_000 }));
    await bothSleeping(orgA);
    await rejectsWith(
      a.call("QueryRow", { sql: "SELECT 1" }, { deadlineMs: 500 }),
      status.RESOURCE_EXHAUSTED,
      /all 2 connections of this organization are busy/,
    );
    // Another org cannot get a pool while the only one is in use.
    await rejectsWith(
      b.call("QueryRow", { sql: "SELECT 1" }, { deadlineMs: 500 }),
      status.RESOURCE_EXHAUSTED,
      /organization connection pools are busy/,
    );
    // A call with time to spare waits for a connection and gets its answer.
    const queued = await a.call("QueryRow", { sql: "SELECT 42 AS n" }, { deadlineMs: 20_000 });
    assert.deepEqual(plain(queued.row), { n: 42 });
    for (const r of await Promise.all(busy)) assert.equal(r.command_tag, "SELECT 1");
  });

  test("an idle org's pool is closed to make room for another org", async () => {
    const r = await b.call("QueryRow", { sql: "SELECT current_user = $1 AS me", params: [{ stringValue: "" }] });
    assert.deepEqual(plain(r.row), { me: false });
    const back = await a.call("QueryRow", { sql: "SELECT 1 AS one" });
    assert.deepEqual(plain(back.row), { one: 1 });
  });
});

/** Waits until both of the org's connections are running their pg_sleep. */
async function bothSleeping(org: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const r = await adminQuery(
      "SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND state = 'active' AND query LIKE '%pg_sleep(2)%'",
      [pgRole(org)],
    );
    if (r.rowCount === 2) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the two sleeping statements never started");
}
