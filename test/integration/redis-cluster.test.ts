/**
 * isa.redis.RedisService on a Redis Cluster (3 masters, a replica each): every one of the 61 RPCs
 * answers as on one server, multi-key commands, transactions and scripts never fail CROSSSLOT
 * (each caller's keys share the hash tag of its prefix), ListKeys finds keys whichever master holds
 * them, callers stay apart, and pub/sub reaches a subscriber whatever node a message is sent to.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import Redis, { Cluster } from "ioredis";
import { redisInternalKey, redisKey, redisPrefix, type Tenant } from "../../sidecar/tenancy";
import { connect, type Message, type TestClient } from "../helpers/client";
import { type PrivateRedisCluster, startRedisCluster, until } from "../helpers/redis-cluster";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";

let cluster: PrivateRedisCluster;
let sidecar: SidecarProcess;
let admin: Cluster;
const clients: TestClient[] = [];
/** Every RPC called through `rpc`, to check that all 61 were exercised. */
const called = new Set<string>();

before(async () => {
  cluster = await startRedisCluster();
  sidecar = await startSidecar({ redisCluster: cluster.seeds });
  await waitServing(sidecar, SERVICE);
  admin = new Cluster([{ host: "127.0.0.1", port: cluster.nodes[0].port }]);
});

after(async () => {
  for (const c of clients) c.close();
  await admin?.quit();
  const code = await sidecar?.stop();
  await cluster?.dispose();
  assert.equal(code, 0);
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
  assert.doesNotMatch(sidecar.output(), /CROSSSLOT/);
});

interface Caller {
  tenant: Tenant;
  rpc(method: string, request?: Message): Promise<Message>;
}

async function caller(tenant: Tenant = { org: `org-${randomUUID()}`, user: `u-${randomUUID()}` }): Promise<Caller> {
  const c = connect(sidecar.address, SERVICE, await sidecar.token(tenant.org, tenant.user));
  clients.push(c);
  return {
    tenant,
    rpc: (method, request = {}) => {
      called.add(method);
      return c.call(method, request);
    },
  };
}

const sorted = (items: string[]) => [...items].sort();
const seconds = (s: number) => ({ seconds: String(s), nanos: 0 });

test("backend keys carry the caller's hash tag: data, locks and sessions share one slot", () => {
  const t = { org: "acme", user: "a{b}" };
  assert.equal(redisPrefix(t, "cluster"), "{acme:a%7bb%7d}:");
  assert.equal(redisKey(t, "k}{", "cluster"), "{acme:a%7bb%7d}:k}{");
  assert.equal(redisInternalKey("lock", t, "l", "cluster"), "!lock:{acme:a%7bb%7d}:l");
  // The single-server layout is unchanged.
  assert.equal(redisPrefix(t), "acme:a%7bb%7d:");
});

test("strings and keys, multi-key ones included", async () => {
  const { rpc, tenant } = await caller();
  assert.equal((await rpc("Set", { key: "a", value: "1" })).success, true);
  assert.deepEqual(await rpc("Get", { key: "a" }), { found: true, value: "1" });
  await rpc("SetWithExpiration", { key: "b", value: "2", expiration: seconds(100) });
  assert.deepEqual(
    (await rpc("GetMultiple", { keys: ["a", "b", "nope"] })).values.map((v: Message) => v.value),
    ["1", "2"],
  );
  assert.equal((await rpc("Increment", { key: "n", delta: "5" })).value, "5");
  assert.equal((await rpc("Decrement", { key: "n", delta: "2" })).value, "3");
  assert.equal((await rpc("Append", { key: "a", value: "x" })).length, "2");
  assert.equal((await rpc("Exists", { key: "a" })).exists, true);
  assert.equal((await rpc("Expire", { key: "a", expiration: seconds(100) })).success, true);
  assert.ok(Number((await rpc("GetTTL", { key: "a" })).ttl_seconds) > 90);
  assert.equal((await rpc("Rename", { old_key: "a", new_key: "c" })).success, true);
  const info = await rpc("GetKeyInfo", { key: "c" });
  assert.equal(info.exists, true);
  assert.equal(info.type, "VALUE_TYPE_STRING");
  assert.deepEqual(sorted((await rpc("ListKeys", { pattern: "*" })).keys), ["b", "c", "n"]);
  assert.equal((await rpc("Delete", { key: "n" })).deleted_count, 1);
  assert.equal((await rpc("DeleteMultiple", { keys: ["b", "c"] })).deleted_count, 2);
  assert.equal(await admin.exists(redisKey(tenant, "b", "cluster")), 0);
});

test("hashes and lists", async () => {
  const { rpc } = await caller();
  await rpc("HSet", {
    key: "h",
    fields: [
      { field: "f", value: "1" },
      { field: "g", value: "x" },
    ],
  });
  assert.equal((await rpc("HGet", { key: "h", field: "f" })).value, "1");
  assert.equal((await rpc("HGetAll", { key: "h" })).fields.length, 2);
  assert.equal((await rpc("HExists", { key: "h", field: "g" })).exists, true);
  assert.deepEqual(sorted((await rpc("HKeys", { key: "h" })).fields), ["f", "g"]);
  assert.deepEqual(sorted((await rpc("HValues", { key: "h" })).values), ["1", "x"]);
  assert.equal((await rpc("HIncrement", { key: "h", field: "f", delta: "4" })).value, "5");
  assert.equal((await rpc("HDelete", { key: "h", fields: ["g"] })).deleted_count, 1);
  await rpc("LPush", { key: "l", values: ["b", "a"] });
  await rpc("RPush", { key: "l", values: ["c", "d"] });
  assert.deepEqual((await rpc("LRange", { key: "l", start: 0, stop: -1 })).values, ["a", "b", "c", "d"]);
  assert.equal((await rpc("LLen", { key: "l" })).length, 4);
  assert.equal((await rpc("LIndex", { key: "l", index: 1 })).value, "b");
  assert.equal((await rpc("LPop", { key: "l" })).value, "a");
  assert.equal((await rpc("RPop", { key: "l" })).value, "d");
  assert.equal((await rpc("LTrim", { key: "l", start: 0, stop: 0 })).success, true);
  assert.deepEqual((await rpc("LRange", { key: "l", start: 0, stop: -1 })).values, ["b"]);
});

test("sets (SUNION, SINTER, SDIFF across keys) and sorted sets", async () => {
  const { rpc } = await caller();
  await rpc("SAdd", { key: "s1", members: ["a", "b", "c"] });
  await rpc("SAdd", { key: "s2", members: ["b", "c", "d"] });
  assert.equal((await rpc("SRemove", { key: "s2", members: ["d"] })).removed_count, 1);
  assert.deepEqual(sorted((await rpc("SMembers", { key: "s2" })).members), ["b", "c"]);
  assert.equal((await rpc("SIsMember", { key: "s1", member: "a" })).is_member, true);
  assert.equal((await rpc("SCard", { key: "s1" })).count, 3);
  assert.deepEqual(sorted((await rpc("SUnion", { keys: ["s1", "s2"] })).members), ["a", "b", "c"]);
  assert.deepEqual(sorted((await rpc("SInter", { keys: ["s1", "s2"] })).members), ["b", "c"]);
  assert.deepEqual((await rpc("SDiff", { keys: ["s1", "s2"] })).members, ["a"]);
  const members = [
    { member: "x", score: 1 },
    { member: "y", score: 2 },
    { member: "z", score: 3 },
  ];
  assert.equal((await rpc("ZAdd", { key: "z", members })).added_count, 3);
  assert.equal((await rpc("ZRemove", { key: "z", members: ["z"] })).removed_count, 1);
  assert.deepEqual(
    (await rpc("ZRange", { key: "z", start: 0, stop: -1, with_scores: true })).members.map((m: Message) => m.member),
    ["x", "y"],
  );
  const byScore = await rpc("ZRangeByScore", { key: "z", min_score: 2, max_score: 10 });
  assert.deepEqual(
    byScore.members.map((m: Message) => m.member),
    ["y"],
  );
  assert.equal((await rpc("ZRank", { key: "z", member: "y" })).rank, 1);
  assert.equal((await rpc("ZScore", { key: "z", member: "y" })).score, 2);
  assert.equal((await rpc("ZCard", { key: "z" })).count, 2);
  assert.equal((await rpc("ZIncrement", { key: "z", member: "x", delta: 5 })).score, 6);
});

test("locks, sessions and batches (Lua scripts and MULTI) run without CROSSSLOT", async () => {
  const { rpc } = await caller();
  const lock = await rpc("AcquireLock", { lock_key: "job", ttl: seconds(30) });
  assert.equal(lock.acquired, true);
  assert.equal((await rpc("RenewLock", { lock_key: "job", lock_id: lock.lock_id, ttl: seconds(60) })).renewed, true);
  assert.equal((await rpc("ReleaseLock", { lock_key: "job", lock_id: lock.lock_id })).released, true);
  const batch = await rpc("ExecuteBatch", {
    commands: [
      { operation: "SET", key: "b1", value: "v" },
      { operation: "APPEND", key: "b1", value: "w" },
      { operation: "INCRBY", key: "b2", value: "7" },
      { operation: "SADD", key: "b3", value: "m" },
    ],
  });
  assert.deepEqual([batch.success, batch.executed_count], [true, 4]);
  assert.deepEqual((await rpc("Get", { key: "b1" })).value, "vw");
  const { session_id } = await rpc("CreateSession", { data: { cart: "3" }, ttl: seconds(60) });
  assert.equal((await rpc("UpdateSession", { session_id, data: { step: "2" }, extend_ttl: true })).success, true);
  const got = await rpc("GetSession", { session_id });
  assert.deepEqual(got.session.data, { cart: "3", step: "2" });
  assert.deepEqual(
    (await rpc("ListSessions")).sessions.map((s: Message) => s.session_id),
    [session_id],
  );
  assert.equal((await rpc("DeleteSession", { session_id })).success, true);
  const stats = await rpc("GetStatistics");
  assert.equal(stats.total_keys, "3");
  assert.equal((await rpc("HealthCheck", { deep_check: true })).healthy, true);
});

test("ListKeys finds each caller's keys whichever master holds them; callers stay apart", async () => {
  // Callers until their keys sit on all three masters (each caller's keys on one, by its tag).
  const byMaster = new Map<number, Caller>();
  while (byMaster.size < 3) {
    const c = await caller();
    byMaster.set(await cluster.masterOf(redisKey(c.tenant, "k", "cluster")), c);
  }
  for (const [port, c] of byMaster) {
    await c.rpc("Set", { key: "k", value: String(port) });
    await c.rpc("Set", { key: "other", value: "o" });
  }
  for (const [port, c] of byMaster) {
    assert.deepEqual(sorted((await c.rpc("ListKeys", { pattern: "*" })).keys), ["k", "other"]);
    assert.equal((await c.rpc("Get", { key: "k" })).value, String(port));
    assert.equal(await admin.get(redisKey(c.tenant, "k", "cluster")), String(port));
  }
});

test("pub/sub: a subscriber hears what is published to any node of the cluster", async () => {
  const c = connect(sidecar.address, SERVICE, await sidecar.token("pubsub-org", "u"));
  clients.push(c);
  called.add("Subscribe");
  const stream = c.stream("Subscribe", { channels: ["news"] });
  const heard: string[] = [];
  stream.on("data", (m: Message) => heard.push(m.message));
  stream.on("error", () => undefined);
  const channel = redisKey({ org: "pubsub-org", user: "u" }, "news", "cluster");
  // Subscribed once some node counts a subscriber on the channel.
  await until("the subscription", async () => {
    let count = 0;
    for (const node of cluster.nodes) {
      const r = new Redis(node.port, "127.0.0.1");
      const [, n] = (await r.pubsub("NUMSUB", channel)) as [string, number];
      count += Number(n);
      r.disconnect();
    }
    return count > 0;
  });
  for (const port of await cluster.masters()) {
    const r = new Redis(port, "127.0.0.1");
    await r.publish(channel, `via-${port}`);
    r.disconnect();
  }
  const caller2 = await caller({ org: "pubsub-org", user: "u" });
  await caller2.rpc("Publish", { channel: "news", message: "via-sidecar" });
  await until("every message", async () => heard.length >= 4, 10_000);
  assert.equal(heard.filter((m) => m.startsWith("via-")).length, 4);
  const ended = new Promise((resolve) => stream.on("status", resolve));
  assert.equal((await caller2.rpc("Unsubscribe", { channels: ["news"] })).success, true);
  await ended;
});

test("all 61 RPCs were exercised on the cluster", () => {
  assert.equal(called.size, 61, `missing from the run: ${called.size}`);
});
