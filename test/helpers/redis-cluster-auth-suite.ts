/**
 * A Redis Cluster that asks for credentials (a password, TLS), reached through the sidecar as a
 * user would configure it: set up right, calls on several masters, scans, multi-key calls and
 * pub/sub answer OK; set up wrong (bad password, untrusted CA), calls fail UNAVAILABLE, never
 * INTERNAL, and no password ever reaches the sidecar's output or a call's error. One cluster per
 * test file (redis-cluster-auth.test.ts: password; redis-cluster-tls.test.ts: password and TLS).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { type ServiceError, status } from "@grpc/grpc-js";
import { request } from "undici";
import { redisKey } from "../../sidecar/tenancy";
import { connect, type Message, type TestClient } from "./client";
import { type PrivateRedisCluster, type RedisClusterOptions, startRedisCluster, until } from "./redis-cluster";
import { type SidecarProcess, type StartOptions, startSidecar, waitServing } from "./sidecar";

const SERVICE = "isa.redis.RedisService";

/** A password no node accepts. */
export const WRONG_PASSWORD = `wrong-pw-${randomUUID()}`;

/** The cluster's seed nodes as `scheme://:password@host:port,...` (--redis-cluster's URL form). */
export function seedUrls(cluster: PrivateRedisCluster, scheme: "redis" | "rediss", password?: string): string {
  const auth = password === undefined ? "" : `:${encodeURIComponent(password)}@`;
  return cluster.seeds
    .split(",")
    .map((seed) => `${scheme}://${auth}${seed}`)
    .join(",");
}

export interface SecuredClusterSpec {
  cluster: RedisClusterOptions & { password: string };
  /** The sidecar set up as a user should: its --redis-cluster and environment. */
  accepted(cluster: PrivateRedisCluster): StartOptions;
  /**
   * Set-ups the cluster must refuse, by what is wrong with them; `cause`: what the sidecar's
   * warning names (ioredis hides a cluster's TLS failure behind "Connection is closed").
   */
  refused: Record<string, (cluster: PrivateRedisCluster) => StartOptions & { cause: RegExp }>;
}

/** Starts the sidecar with debug logs, so the check that no password is printed covers them too. */
function start(options: StartOptions): Promise<SidecarProcess> {
  return startSidecar({ ...options, env: { LOG_LEVEL: "debug", ...options.env } });
}

function assertNothingSecret(text: string, secrets: string[], where: string): void {
  for (const secret of secrets) assert.ok(!text.includes(secret), `a password was printed in ${where}`);
}

export function securedClusterSuite(spec: SecuredClusterSpec): void {
  const secrets = [spec.cluster.password, WRONG_PASSWORD];
  let cluster: PrivateRedisCluster | undefined;
  let sidecar: SidecarProcess | undefined;
  const clients: TestClient[] = [];

  async function client(proc: SidecarProcess, user: string): Promise<TestClient> {
    const c = connect(proc.address, SERVICE, await proc.token("acme", user));
    clients.push(c);
    return c;
  }

  before(async () => {
    cluster = await startRedisCluster(spec.cluster);
    sidecar = await start(spec.accepted(cluster));
    await waitServing(sidecar, SERVICE);
  });

  after(async () => {
    for (const c of clients) c.close();
    let code: number | null | undefined;
    try {
      code = await sidecar?.stop();
    } finally {
      // Whatever happened before: no node outlives the file.
      await cluster?.dispose();
    }
    if (!sidecar) return;
    assert.equal(code, 0);
    assertNothingSecret(sidecar.output() + sidecar.stderr(), secrets, "the sidecar's output");
    assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
  });

  test("set up right: two users on different masters, ListKeys, multi-key calls and pub/sub answer OK", async () => {
    // Users until two keep their keys on different masters (a user's keys share one slot).
    const byMaster = new Map<number, { user: string; c: TestClient }>();
    while (byMaster.size < 2) {
      const user = `u-${randomUUID()}`;
      const master = await cluster!.masterOf(redisKey({ org: "acme", user }, "k", "cluster"));
      if (!byMaster.has(master)) byMaster.set(master, { user, c: await client(sidecar!, user) });
    }
    for (const { user, c } of byMaster.values()) {
      assert.equal((await c.call("Set", { key: "k", value: user })).success, true);
      assert.equal((await c.call("Set", { key: "other", value: "o" })).success, true);
    }
    for (const { user, c } of byMaster.values()) {
      assert.deepEqual(await c.call("Get", { key: "k" }), { found: true, value: user });
      assert.deepEqual([...(await c.call("ListKeys", { pattern: "*" })).keys].sort(), ["k", "other"]);
      const values = (await c.call("GetMultiple", { keys: ["k", "other", "nope"] })).values;
      assert.deepEqual(
        values.map((v: Message) => v.value),
        [user, "o"],
      );
      assert.equal((await c.call("DeleteMultiple", { keys: ["k", "other"] })).deleted_count, 2);
    }
    await pubSubRoundTrip(await client(sidecar!, `u-${randomUUID()}`));
  });

  for (const [what, options] of Object.entries(spec.refused)) {
    test(`set up wrong (${what}): calls fail UNAVAILABLE, no password printed`, async () => {
      const { cause, ...startOptions } = options(cluster!);
      const proc = await start(startOptions);
      let code: number | null = null;
      try {
        // The sidecar has tried the cluster and failed at least once before it is asked anything.
        await until("a failed connection attempt", async () =>
          proc.output().includes('"msg":"redis connection error"'),
        );
        const c = await client(proc, "u");
        for (const [method, req] of [
          ["Set", { key: "k", value: "v" }],
          ["Get", { key: "k" }],
          ["ListKeys", { pattern: "*" }],
          ["GetMultiple", { keys: ["k", "j"] }],
        ] as const) {
          const err = (await c.call(method, req).then(
            () => assert.fail(`${method} answered OK`),
            (e) => e,
          )) as ServiceError;
          assert.equal(err.code, status.UNAVAILABLE, `${method}: ${status[err.code]} ${err.details}`);
          assertNothingSecret(err.details, secrets, `${method}'s error`);
        }
        // The operator sees why at the default level: a warning naming the node's own answer.
        const warning = proc
          .output()
          .split("\n")
          .find((l) => l.includes('"msg":"redis connection error"'));
        assert.match(warning ?? "", /"level":40/);
        assert.match(warning ?? "", cause, warning);
        const res = await request(`${proc.adminUrl}/readyz`);
        const ready = (await res.body.json()) as { services: Record<string, string> };
        assert.equal(ready.services[SERVICE], "NOT_SERVING");
      } finally {
        code = await proc.stop();
      }
      assert.equal(code, 0);
      assertNothingSecret(proc.output() + proc.stderr(), secrets, "the sidecar's output");
    });
  }
}

/** A Subscribe stream hears a Publish: the sidecar's separate subscriber connection got in too. */
async function pubSubRoundTrip(c: TestClient): Promise<void> {
  const stream = c.stream("Subscribe", { channels: ["news"] });
  const heard: string[] = [];
  stream.on("data", (m: Message) => heard.push(m.message));
  stream.on("error", () => undefined);
  // Published until heard: the subscription is confirmed asynchronously, and nothing says when.
  await until("a published message", async () => {
    await c.call("Publish", { channel: "news", message: "hello" });
    return heard.length > 0;
  });
  assert.equal(heard[0], "hello");
  stream.cancel();
}
