/**
 * A Redis Cluster master dies (kill -9) while calls run: calls on its slots fail UNAVAILABLE (never
 * INTERNAL, never left to run past their deadline) until its replica has taken over, then succeed,
 * with no sidecar restart. The window is printed (a figure, not asserted: it is the cluster's
 * cluster-node-timeout plus the election, 1 s + ~1 s in this helper).
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { status } from "@grpc/grpc-js";
import { redisKey } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import { type PrivateRedisCluster, startRedisCluster, until } from "../helpers/redis-cluster";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
const DEADLINE_MS = 2000;
const WORKERS = 4;
/** Calls that must succeed in a row, after the failover, before the run stops. */
const SETTLED = 20;

let cluster: PrivateRedisCluster;
let sidecar: SidecarProcess;
let client: TestClient;

before(async () => {
  cluster = await startRedisCluster();
  sidecar = await startSidecar({ redisCluster: cluster.seeds });
  await waitServing(sidecar, SERVICE);
  client = connect(sidecar.address, SERVICE, await sidecar.token("failover-org", "u"));
});

after(async () => {
  client?.close();
  const code = await sidecar?.stop();
  await cluster?.dispose();
  assert.equal(code, 0);
});

interface Outcome {
  start: number;
  end: number;
  code: number;
  details?: string;
}

/**
 * The master that holds the caller's slot (all its keys share one, by the prefix's hash tag), as a
 * live node sees it. Never asked of a killed node's port: another test's server may have it now.
 */
const masterOfCaller = () => cluster.masterOf(redisKey({ org: "failover-org", user: "u" }, "k", "cluster"));

test("kill -9 of a master: UNAVAILABLE until its replica takes over, then OK, no restart", async (t) => {
  const outcomes: Outcome[] = [];
  let killedAt = Number.POSITIVE_INFINITY;
  let failedOver = false;
  let okInARow = 0;
  // A sidecar that never recovers fails the test instead of holding it.
  let giveUpAt = Number.POSITIVE_INFINITY;
  const work = async (worker: number) => {
    for (let i = 0; !(failedOver && okInARow >= SETTLED) && Date.now() < giveUpAt; i++) {
      const start = Date.now();
      const key = `k-${worker}`;
      const options = { deadlineMs: DEADLINE_MS };
      try {
        // A write and a read in turn; a call past its deadline would fail DEADLINE_EXCEEDED.
        if (i % 2 === 0) await client.call("Set", { key, value: String(i) }, options);
        else await client.call("Get", { key }, options);
        outcomes.push({ start, end: Date.now(), code: status.OK });
        if (start > killedAt) okInARow++;
      } catch (err) {
        const e = err as { code: number; details: string };
        outcomes.push({ start, end: Date.now(), code: e.code, details: e.details });
        okInARow = 0;
        // As a client backs off before retrying: failing calls in a tight loop would only burn CPU.
        await sleep(20);
      }
    }
  };
  const victim = await masterOfCaller();
  const running = Array.from({ length: WORKERS }, (_, w) => work(w));
  await until("calls succeeding before the kill", async () => outcomes.filter((o) => o.code === 0).length >= 50);
  killedAt = Date.now();
  await cluster.kill(victim);
  // The replica has taken over once the caller's slot has another master and every slot has a
  // live one (right after the kill the nodes still count the dead master as healthy).
  await until("the replica taking over the caller's slot", async () => (await masterOfCaller()) !== victim, 60_000);
  await cluster.waitOk(60_000);
  failedOver = true;
  giveUpAt = Date.now() + 30_000;
  await Promise.all(running);

  const after = outcomes.filter((o) => o.end >= killedAt);
  const failures = after.filter((o) => o.code !== status.OK);
  const codes = new Map<string, number>();
  for (const f of failures)
    codes.set(`${status[f.code]} ${f.details}`, (codes.get(`${status[f.code]} ${f.details}`) ?? 0) + 1);
  t.diagnostic(`failures after the kill: ${JSON.stringify([...codes])}`);
  assert.ok(okInARow >= SETTLED, "calls succeed again after the failover");
  for (const f of failures) {
    const logged = sidecar
      .output()
      .split("\n")
      .filter((l) => /INTERNAL|"level":50/.test(l))
      .slice(0, 3);
    assert.equal(f.code, status.UNAVAILABLE, `a call failed ${status[f.code]}: ${f.details} ${logged.join("\n")}`);
  }
  assert.ok(!(await masterOfCaller().then((p) => p === victim)), "the caller's slot moved to the replica");
  const lastFailure = Math.max(killedAt, ...failures.map((f) => f.end));
  const window = lastFailure - killedAt;
  t.diagnostic(
    `failover window: ${window} ms from kill -9 to the last failed call; ${failures.length} calls answered UNAVAILABLE, ${after.length - failures.length} OK`,
  );
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
  // Still the same sidecar process: it was never restarted.
  assert.equal(sidecar.child.exitCode, null);
});
