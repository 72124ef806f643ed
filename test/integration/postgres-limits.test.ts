/**
 * PostgreSQL limits as attacks: one org sends SQL text, parameters, batches and results over the
 * limits, and holds every connection of its own pool busy; each is refused (README "Limits":
 * the request itself over a limit → INVALID_ARGUMENT, what is stored or in use → RESOURCE_EXHAUSTED)
 * while another org's queries, running meanwhile, all answer OK. Their latency is printed only.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { whileVictimRuns } from "../helpers/attack";
import { connect, type TestClient } from "../helpers/client";
import { dropOrgs, POSTGRES_SERVICE, postgresArgs, rejectsWith, uniqueOrg, val } from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const attackerOrg = uniqueOrg("pgevil");
const victimOrg = uniqueOrg("pggood");
let proc: SidecarProcess;
let attacker: TestClient;
let victim: TestClient;

before(async () => {
  proc = await startSidecar({ args: postgresArgs(undefined, ["--postgres-max-rows", "1000"]) });
  await waitServing(proc, POSTGRES_SERVICE);
  attacker = connect(proc.address, POSTGRES_SERVICE, await proc.token(attackerOrg, "mallory"));
  victim = connect(proc.address, POSTGRES_SERVICE, await proc.token(victimOrg, "alice"));
  await victim.call("Execute", { sql: "CREATE TABLE t (id int PRIMARY KEY)" });
  await victim.call("Execute", { sql: "INSERT INTO t SELECT generate_series(1, 10)" });
});

after(async () => {
  attacker?.close();
  victim?.close();
  await proc?.stop();
  await dropOrgs([attackerOrg, victimOrg]);
});

/** The victim's queries while `attack` runs: every one must answer OK with the right rows. */
function whileAttacked(attack: () => Promise<void>): Promise<void> {
  const query = async () => {
    const r = await victim.call("Query", { sql: "SELECT count(*)::int AS n FROM t WHERE id <= $1", params: [val(5)] });
    assert.equal(r.row_count, 1);
  };
  return whileVictimRuns("queries", query, attack);
}

test("SQL text, parameters and batches over the fixed limits are INVALID_ARGUMENT", async () => {
  await whileAttacked(async () => {
    const longSql = `SELECT 1 ${"-".repeat(1024 * 1024)}`;
    await rejectsWith(attacker.call("Query", { sql: longSql }), status.INVALID_ARGUMENT, /sql is longer than/);
    const params = Array.from({ length: 65_536 }, () => val(1));
    await rejectsWith(attacker.call("Query", { sql: "SELECT 1", params }), status.INVALID_ARGUMENT, /65535/);
    const operations = Array.from({ length: 1001 }, () => ({ sql: "SELECT 1" }));
    await rejectsWith(attacker.call("ExecuteBatch", { operations }), status.INVALID_ARGUMENT, /at most/);
  });
});

test("a result over --postgres-max-rows is RESOURCE_EXHAUSTED, and an org holding its whole pool only waits itself", async () => {
  await whileAttacked(async () => {
    await rejectsWith(
      attacker.call("Query", { sql: "SELECT generate_series(1, 100000)" }),
      status.RESOURCE_EXHAUSTED,
      /more than 1000 rows/,
    );
    // Every connection of the attacker's pool sleeping: its next call waits and gives up, the victim's do not.
    const sleepers = Array.from({ length: 8 }, () =>
      attacker.call("Query", { sql: "SELECT pg_sleep(1.5)" }, { deadlineMs: 3000 }).then(
        () => status.OK,
        (err: { code: number }) => err.code,
      ),
    );
    const codes = await Promise.all(sleepers);
    const expected = [status.OK, status.RESOURCE_EXHAUSTED, status.DEADLINE_EXCEEDED];
    assert.ok(
      codes.every((c) => expected.includes(c)),
      `attacker codes: ${codes}`,
    );
  });
});
