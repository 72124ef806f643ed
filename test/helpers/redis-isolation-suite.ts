/**
 * Tenant isolation of isa.redis.RedisService: the same names from different orgs and users never
 * meet, and keys, patterns and ids built to escape the tenant prefix stay inside it. Checked through
 * the API and in Redis itself. One suite, run unchanged against one Redis server
 * (redis-isolation.test.ts) and against a Redis Cluster (redis-cluster-isolation.test.ts).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import type { Cluster, Redis } from "ioredis";
import { type RedisLayout, redisInternalKey, redisPrefix, type Tenant } from "../../sidecar/tenancy";
import { connect, type TestClient } from "./client";
import type { SidecarProcess } from "./sidecar";

const SERVICE = "isa.redis.RedisService";

/** Where the suite runs: a sidecar serving Redis, a direct client of the same Redis, its key layout. */
export interface RedisTarget {
  start(): Promise<{ proc: SidecarProcess; redis: Redis | Cluster; layout: RedisLayout }>;
  stop(): Promise<void>;
}

/** Every key under `prefix`, on every master when `redis` is a cluster. */
async function keysUnder(redis: Redis | Cluster, prefix: string): Promise<string[]> {
  const nodes = "nodes" in redis ? redis.nodes("master") : [redis];
  const found: string[] = [];
  for (const node of nodes) {
    for await (const keys of node.scanStream({ match: `${prefix}*`, count: 1000 })) found.push(...(keys as string[]));
  }
  return found;
}

export function redisIsolationSuite(target: RedisTarget): void {
  let proc: SidecarProcess;
  let redis: Redis | Cluster;
  let layout: RedisLayout;
  const opened: { tenant: Tenant; client: TestClient }[] = [];
  const internalKeys: string[] = [];
  const prefix = (t: Tenant) => redisPrefix(t, layout);

  async function clientFor(org: string, user: string): Promise<TestClient> {
    const client = connect(proc.address, SERVICE, await proc.token(org, user));
    opened.push({ tenant: { org, user }, client });
    return client;
  }

  async function listKeys(c: TestClient, pattern = ""): Promise<string[]> {
    const res = await c.call("ListKeys", { pattern });
    assert.equal(res.total_count, res.keys.length);
    return [...res.keys].sort();
  }

  const unique = () => randomUUID().slice(0, 8);

  before(async () => {
    ({ proc, redis, layout } = await target.start());
  });

  after(async () => {
    for (const { tenant, client } of opened) {
      client.close();
      // Only this suite's keys: a tenant prefix is literal under glob matching. One tenant's keys
      // share a slot in a cluster, so one DEL takes them.
      const keys = await keysUnder(redis, prefix(tenant));
      if (keys.length > 0) await redis.del(...keys);
    }
    for (const key of internalKeys) await redis.del(key);
    await redis.quit();
    assert.equal(await proc.stop(), 0);
    await target.stop();
  });

  function sameNamesNeverMeet(describeName: string, pair: () => [Tenant, Tenant]) {
    describe(describeName, () => {
      let a: TestClient;
      let b: TestClient;
      let ta: Tenant;
      let tb: Tenant;
      before(async () => {
        [ta, tb] = pair();
        a = await clientFor(ta.org, ta.user);
        b = await clientFor(tb.org, tb.user);
        await a.call("Set", { key: "shared", value: "from-a" });
        await b.call("Set", { key: "shared", value: "from-b" });
      });

      test("Set and Get: each sees its own value, stored under its own prefix", async () => {
        assert.deepEqual(await a.call("Get", { key: "shared" }), { found: true, value: "from-a" });
        assert.deepEqual(await b.call("Get", { key: "shared" }), { found: true, value: "from-b" });
        assert.equal(await redis.get(`${prefix(ta)}shared`), "from-a");
        assert.equal(await redis.get(`${prefix(tb)}shared`), "from-b");
        assert.notEqual(prefix(ta), prefix(tb));
      });

      test("ListKeys: each lists only its own keys", async () => {
        await a.call("Set", { key: "only-a", value: "x" });
        assert.deepEqual(await listKeys(a), ["only-a", "shared"]);
        assert.deepEqual(await listKeys(b), ["shared"]);
      });

      test("Delete and DeleteMultiple: deleting one tenant's key leaves the other's", async () => {
        await a.call("Set", { key: "del", value: "a" });
        await b.call("Set", { key: "del", value: "b" });
        await b.call("Set", { key: "del2", value: "b" });
        assert.deepEqual(await a.call("Delete", { key: "del" }), { success: true, deleted_count: 1 });
        assert.deepEqual(await a.call("DeleteMultiple", { keys: ["del", "del2"] }), {
          success: true,
          deleted_count: 0,
        });
        assert.deepEqual(await b.call("Get", { key: "del" }), { found: true, value: "b" });
        assert.deepEqual(await b.call("Exists", { key: "del2" }), { exists: true });
      });

      test("Rename: onto a name the other tenant uses does not touch it; from its name is NOT_FOUND", async () => {
        await a.call("Set", { key: "src", value: "a-src" });
        await b.call("Set", { key: "dst", value: "b-dst" });
        await a.call("Rename", { old_key: "src", new_key: "dst" });
        assert.deepEqual(await b.call("Get", { key: "dst" }), { found: true, value: "b-dst" });
        assert.deepEqual(await a.call("Get", { key: "dst" }), { found: true, value: "a-src" });
        await b.call("Set", { key: "b-only", value: "x" });
        await assert.rejects(a.call("Rename", { old_key: "b-only", new_key: "stolen" }), { code: status.NOT_FOUND });
        assert.deepEqual(await b.call("Exists", { key: "b-only" }), { exists: true });
      });

      test("SUnion, SInter, SDiff read only the caller's sets", async () => {
        await a.call("SAdd", { key: "set", members: ["a1", "common"] });
        await b.call("SAdd", { key: "set", members: ["b1", "common"] });
        await b.call("SAdd", { key: "b-set", members: ["b2"] });
        assert.deepEqual([...(await a.call("SUnion", { keys: ["set", "b-set"] })).members].sort(), ["a1", "common"]);
        assert.deepEqual((await a.call("SInter", { keys: ["set", "b-set"] })).members, []);
        assert.deepEqual([...(await a.call("SDiff", { keys: ["set", "b-set"] })).members].sort(), ["a1", "common"]);
      });

      test("naming the other tenant in the request is PERMISSION_DENIED", async () => {
        const req = { key: "shared", organization_id: tb.org, user_id: tb.user };
        await assert.rejects(a.call("Get", req), { code: status.PERMISSION_DENIED });
      });
    });
  }

  const org1 = `org-${unique()}`;
  sameNamesNeverMeet("two organizations, same user id", () => [
    { org: org1, user: "alice" },
    { org: `org-${unique()}`, user: "alice" },
  ]);
  const org2 = `org-${unique()}`;
  sameNamesNeverMeet("two users of one organization", () => [
    { org: org2, user: "alice" },
    { org: org2, user: "bob" },
  ]);

  describe("ids holding the separator or glob characters", () => {
    // Naively joined with ":" all of these would be "{base}:b:c:k".
    const base = `o${unique()}`;
    const tenants: { tenant: Tenant; key: string }[] = [
      { tenant: { org: `${base}:b`, user: "c" }, key: "k" },
      { tenant: { org: base, user: "b:c" }, key: "k" },
      { tenant: { org: base, user: "b" }, key: "c:k" },
      { tenant: { org: `${base}*`, user: "*" }, key: "k" },
      { tenant: { org: base, user: "b?" }, key: "k" },
      { tenant: { org: base, user: "[b]" }, key: "k" },
    ];
    const clients: TestClient[] = [];
    before(async () => {
      for (const { tenant, key } of tenants) {
        const c = await clientFor(tenant.org, tenant.user);
        clients.push(c);
        await c.call("Set", { key, value: `${tenant.org}|${tenant.user}` });
      }
    });

    test("every tenant reads its own value, under its own backend key", async () => {
      const backendKeys = new Set<string>();
      for (const [i, { tenant, key }] of tenants.entries()) {
        const value = `${tenant.org}|${tenant.user}`;
        assert.deepEqual(await clients[i].call("Get", { key }), { found: true, value });
        const backendKey = `${prefix(tenant)}${key}`;
        assert.equal(await redis.get(backendKey), value);
        backendKeys.add(backendKey);
      }
      assert.equal(backendKeys.size, tenants.length);
    });

    test("ListKeys with a match-all pattern returns exactly the tenant's own key", async () => {
      for (const [i, { key }] of tenants.entries()) {
        for (const pattern of ["", "*", "*:*", "?*", "[a-z]*"]) {
          const keys = await listKeys(clients[i], pattern);
          assert.ok(keys.length <= 1 && keys.every((k) => k === key), `${pattern} → ${keys.join(",")}`);
        }
        assert.deepEqual(await listKeys(clients[i], "*"), [key]);
      }
    });

    test("encoded prefixes hold no glob character and no ':' inside an id", () => {
      for (const { tenant } of tenants) {
        const p = prefix(tenant);
        assert.doesNotMatch(p, /[*?[\]\\]/);
        assert.equal(p.split(":").length, 3, p);
      }
    });
  });

  describe("keys and patterns built to escape", () => {
    const org = `org-${unique()}`;
    const escapeKeys = ["*", ":", "..", "../x", "abc", "x:y", "Zed", "\\", `${org}:other:k`];
    let a: TestClient;
    let ta: Tenant;
    let neighbours: TestClient[];
    before(async () => {
      ta = { org, user: "u" };
      a = await clientFor(org, "u");
      // Users whose names start like "u": an unescaped prefix "org:u" would be a prefix of theirs.
      neighbours = [await clientFor(org, "u:v"), await clientFor(org, "u*"), await clientFor(org, "other")];
      for (const c of neighbours) await c.call("Set", { key: "abc", value: "neighbour" });
      for (const key of escapeKeys) await a.call("Set", { key, value: `v-${key}` });
    });

    test("such keys are stored literally under the caller's prefix", async () => {
      for (const key of escapeKeys) {
        assert.deepEqual(await a.call("Get", { key }), { found: true, value: `v-${key}` });
        assert.equal(await redis.get(`${prefix(ta)}${key}`), `v-${key}`);
      }
      // A key naming another user's backend key is just a name inside the caller's space.
      assert.deepEqual(await a.call("Get", { key: "../other:abc" }), { found: false, value: "" });
      assert.deepEqual(await a.call("Get", { key: "other:abc" }), { found: false, value: "" });
    });

    test("glob patterns select only among the caller's keys", async () => {
      const expectations: [string, string[]][] = [
        ["*", [...escapeKeys].sort()],
        ["[a-z]*", ["abc", `${org}:other:k`, "x:y"].sort()],
        ["\\*", ["*"]],
        ["*:*", [":", "x:y", `${org}:other:k`].sort()],
        ["..*", ["..", "../x"]],
        ["\\\\", ["\\"]],
        ["*abc", ["abc"]],
      ];
      for (const [pattern, expected] of expectations) {
        assert.deepEqual(await listKeys(a, pattern), expected, `pattern ${pattern}`);
      }
    });

    test("the neighbours' keys stay theirs", async () => {
      for (const c of neighbours) {
        assert.deepEqual(await listKeys(c, "*"), ["abc"]);
        assert.deepEqual(await c.call("Get", { key: "abc" }), { found: true, value: "neighbour" });
      }
    });

    test("sidecar-internal session and lock records never show up, nor can be named", async () => {
      const session = redisInternalKey("session", ta, "s1", layout);
      const lock = redisInternalKey("lock", ta, "l1", layout);
      internalKeys.push(session, lock);
      await redis.set(session, "internal");
      await redis.set(lock, "internal");
      const listed = await listKeys(a, "*");
      assert.ok(!listed.some((k: string) => k.includes("s1") || k.includes("l1") || k.startsWith("!")), listed.join());
      for (const key of [session, lock, "s1", "l1", `!session:${prefix(ta)}s1`]) {
        assert.deepEqual(await a.call("Get", { key }), { found: false, value: "" });
      }
      assert.equal(await redis.get(session), "internal");
    });
  });
}
