/**
 * Pipelining: when every connection of an org is taken, QueryRow and Execute statements of many
 * calls share one (lanes.ts, pipeline.ts). Each must still behave as if it ran alone: its own
 * result, its own transaction, its own failure, and a cancel that reaches no one else.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Metadata, status } from "@grpc/grpc-js";
import { pgRole, pgSchema } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import {
  adminQuery,
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  plainValue,
  postgresArgs,
  rejectsWith,
  uniqueOrg,
  val,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

async function pipelinedSoFar(client: TestClient): Promise<number> {
  const health = await client.call("HealthCheck", { detailed: true });
  return Number(plainValue(health.details.fields.pipelined_statements));
}

describe("PostgreSQL pipelining", () => {
  const org = uniqueOrg("pgpipe");
  let proc: SidecarProcess;
  let client: TestClient;
  let token: string;

  before(async () => {
    proc = await startSidecar({
      args: postgresArgs(undefined, ["--postgres-pool-size", "2", "--postgres-max-tx-per-org", "1"]),
    });
    await waitServing(proc, POSTGRES_SERVICE);
    token = await proc.token(org, "u");
    client = connect(proc.address, POSTGRES_SERVICE, token);
    await client.call("Execute", { sql: "CREATE TABLE marks (n int, label text)" });
  });

  after(async () => {
    client?.close();
    await proc?.stop();
    await dropOrgs([org]);
  });

  test("calls beyond the free connections share them, each with its own result and transaction", async () => {
    const before = await pipelinedSoFar(client);
    const sql = "SELECT $1::int AS n, txid_current()::text AS tx, pg_backend_pid() AS pid";
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) => client.call("QueryRow", { sql, params: [val(i)] })),
    );
    const rows = answers.map((a) => plain(a.row));
    for (const [i, row] of rows.entries()) assert.equal(row.n, i, "every call gets the row of its own parameters");
    assert.equal(new Set(rows.map((r) => r.tx)).size, 300, "every statement ran in a transaction of its own");
    assert.ok(new Set(rows.map((r) => r.pid)).size <= 2, "no more connections than the pool holds");
    assert.ok((await pipelinedSoFar(client)) > before, "statements went on a connection with others in flight");
  });

  test("a failing statement fails alone", async () => {
    const before = await pipelinedSoFar(client);
    const calls = Array.from({ length: 200 }, (_, i) =>
      client.call("QueryRow", { sql: "SELECT 60 / $1::int AS q", params: [val(i % 4)] }).then(
        (a) => ({ ok: true as const, q: plain(a.row).q }),
        (err: { code: number }) => ({ ok: false as const, code: err.code }),
      ),
    );
    const outcomes = await Promise.all(calls);
    outcomes.forEach((o, i) => {
      if (i % 4 === 0) assert.deepEqual(o, { ok: false, code: status.INVALID_ARGUMENT }, `call ${i}: division by zero`);
      else assert.deepEqual(o, { ok: true, q: Math.trunc(60 / (i % 4)) }, `call ${i}`);
    });
    assert.ok((await pipelinedSoFar(client)) > before);
  });

  test("pipelined writes are each committed", async () => {
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        client.call("Execute", { sql: "INSERT INTO marks (n, label) VALUES ($1, 'w')", params: [val(i)] }),
      ),
    );
    const r = await adminQuery(
      `SELECT count(*)::int AS rows, count(DISTINCT n)::int AS distinct_n FROM "${pgSchema(org, "")}".marks WHERE label = 'w'`,
    );
    assert.deepEqual(r.rows[0], { rows: 200, distinct_n: 200 });
  });

  test("a cancelled statement is cancelled, and the statements beside it still run", async () => {
    const metadata = new Metadata();
    metadata.set("authorization", `Bearer ${token}`);
    const deadline = () => new Date(Date.now() + 20_000);
    // biome-ignore lint/suspicious/noExplicitAny: the generated client's methods by name
    const raw = client.raw as any;
    const run = (method: string, sql: string, params: unknown[] = []) => {
      let cancel = () => {};
      const done = new Promise((resolve, reject) => {
        const call = raw[method](
          { sql, params: params.map(val) },
          metadata,
          { deadline: deadline() },
          (err: Error | null, res: unknown) => (err ? reject(err) : resolve(res)),
        );
        cancel = () => call.cancel();
      });
      return { done, cancel };
    };
    // Both connections busy for a moment, then calls that can only queue behind them.
    const busy = [1, 2].map(() => run("Execute", "INSERT INTO marks (label) SELECT 'slow' FROM pg_sleep(0.5)"));
    const doomed = run("Execute", "INSERT INTO marks (label) SELECT 'late' FROM pg_sleep(3)");
    const beside = Array.from({ length: 20 }, (_, i) => run("QueryRow", "SELECT $1::int AS n", [i]));
    setTimeout(() => doomed.cancel(), 200);

    await rejectsWith(doomed.done, status.CANCELLED);
    for (const b of busy) await b.done;
    const answers = (await Promise.all(beside.map((b) => b.done))) as { row: unknown }[];
    for (const [i, a] of answers.entries()) assert.deepEqual(plain(a.row), { n: i });

    // Once nothing of the org runs any more, the cancelled statement has left no row.
    for (let i = 0; i < 200; i++) {
      const active = await adminQuery(
        "SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND state = 'active' AND query LIKE '%pg_sleep(3)%'",
        [pgRole(org)],
      );
      if (active.rowCount === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const marks = await adminQuery(
      `SELECT label, count(*)::int AS n FROM "${pgSchema(org, "")}".marks WHERE label IN ('slow', 'late') GROUP BY label`,
    );
    assert.deepEqual(marks.rows, [{ label: "slow", n: 2 }]);
    // The org's calls go on as before.
    const after = await client.call("QueryRow", { sql: "SELECT 7 AS n" });
    assert.deepEqual(plain(after.row), { n: 7 });
  });
});
