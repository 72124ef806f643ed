/**
 * ExecuteBatch, GetStatistics and HealthCheck of isa.redis.RedisService against the real Redis,
 * through a real sidecar (and one pointed at a port where no Redis listens).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import Redis from "ioredis";
import { redisInternalPrefix, redisKey, redisPrefix } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import { freePort } from "../helpers/ports";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
const seconds = (s: number) => ({ seconds: String(s), nanos: 0 });

let sidecar: SidecarProcess;
let redis: Redis;
const tenants: { org: string; user: string }[] = [];
const clients: TestClient[] = [];

async function client(org: string, user: string, on = sidecar): Promise<TestClient> {
  tenants.push({ org, user });
  const c = connect(on.address, SERVICE, await on.token(org, user));
  clients.push(c);
  return c;
}

before(async () => {
  sidecar = await startSidecar();
  await waitServing(sidecar, SERVICE);
  redis = new Redis("redis://127.0.0.1:6379");
});

after(async () => {
  for (const c of clients) c.close();
  // Only the keys of the tenants these tests made up.
  for (const prefix of tenants.flatMap((t) => [redisPrefix(t), redisInternalPrefix("session", t)])) {
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 })) {
      if (keys.length > 0) await redis.del(...keys);
    }
  }
  redis.disconnect();
  assert.equal(await sidecar.stop(), 0);
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
});

describe("ExecuteBatch", () => {
  test("runs every command in one transaction and reports each failing command", async () => {
    const t = { org: `org-${randomUUID()}`, user: "u" };
    const c = await client(t.org, t.user);
    const res = await c.call("ExecuteBatch", {
      commands: [
        { operation: "SET", key: "name", value: "ada" },
        { operation: "lpush", key: "name", value: "x" },
        { operation: "Incr", key: "visits" },
        { operation: "SET", key: "temp", value: "t", expiration: seconds(60) },
        { operation: "APPEND", key: "name", value: " lovelace" },
        { operation: "INCRBY", key: "visits", value: "41" },
        { operation: "SADD", key: "tags", value: "math" },
      ],
    });
    assert.deepEqual(res, {
      success: false,
      executed_count: 6,
      errors: ["1: the key holds a different kind of value"],
    });
    assert.equal(await redis.get(redisKey(t, "name")), "ada lovelace");
    assert.equal(await redis.get(redisKey(t, "visits")), "42");
    assert.deepEqual(await redis.smembers(redisKey(t, "tags")), ["math"]);
    const ttl = await redis.pttl(redisKey(t, "temp"));
    assert.ok(ttl > 55_000 && ttl <= 60_000);

    const cleanup = await c.call("ExecuteBatch", {
      commands: [
        { operation: "DEL", key: "temp" },
        { operation: "DELETE", key: "tags" },
        { operation: "EXPIRE", key: "name", expiration: seconds(30) },
        { operation: "DECR", key: "visits" },
      ],
    });
    assert.deepEqual(cleanup, { success: true, executed_count: 4, errors: [] });
    assert.equal(await redis.exists(redisKey(t, "temp"), redisKey(t, "tags")), 0);
    assert.equal(await redis.get(redisKey(t, "visits")), "41");
    assert.ok((await redis.pttl(redisKey(t, "name"))) <= 30_000);
  });

  test("an unknown operation or a bad field: OK with success false, the reasons, and nothing is written", async () => {
    const t = { org: `org-${randomUUID()}`, user: "u" };
    const c = await client(t.org, t.user);
    const refused = [
      [{ operation: "SET", key: "a", value: "1" }, { operation: "FLUSHALL" }],
      [
        { operation: "SET", key: "a", value: "1" },
        { operation: "INCRBY", key: "n", value: "ten" },
      ],
      [
        { operation: "SET", key: "a", value: "1" },
        { operation: "EXPIRE", key: "a" },
      ],
      [
        { operation: "SET", key: "a", value: "1" },
        { operation: "GET", key: "" },
      ],
    ];
    for (const commands of refused) {
      const res = await c.call("ExecuteBatch", { commands });
      assert.deepEqual([res.success, res.executed_count, res.errors.length], [false, 0, 1]);
      assert.match(res.errors[0], /^1: /);
    }
    const unknown = await c.call("ExecuteBatch", { commands: refused[0] });
    assert.match(unknown.errors[0], /^1: unknown operation "FLUSHALL"/);
    // Every bad command is named, not only the first.
    const two = await c.call("ExecuteBatch", { commands: [{ operation: "NOPE", key: "a" }, ...refused[1]] });
    assert.deepEqual([two.errors.length, two.errors[0].slice(0, 3), two.errors[1].slice(0, 3)], [2, "0: ", "2: "]);
    await assert.rejects(c.call("ExecuteBatch", { commands: [] }), { code: 3 });
    assert.equal(await redis.exists(redisKey(t, "a")), 0);
    assert.deepEqual(await c.call("Get", { key: "a" }), { found: false, value: "" });
  });
});

describe("GetStatistics", () => {
  test("counts only the caller's keys while another tenant holds many", async () => {
    const mine = { org: `org-${randomUUID()}`, user: "u" };
    const other = { org: `org-${randomUUID()}`, user: "u" };
    const c = await client(mine.org, mine.user);
    const otherClient = await client(other.org, other.user);
    const pipeline = redis.pipeline();
    for (let i = 0; i < 300; i++) pipeline.set(redisKey(other, `k${i}`), "v".repeat(100));
    await pipeline.exec();
    // Same org, other user: still not the caller's.
    tenants.push({ org: mine.org, user: "colleague" });
    await redis.set(redisKey({ org: mine.org, user: "colleague" }, "k"), "v");

    await c.call("Set", { key: "a", value: "1" });
    await c.call("Get", { key: "a" });
    await c.call("Get", { key: "missing" });
    await c.call("Get", { key: "missing-too" });
    await c.call("ExecuteBatch", {
      commands: [
        { operation: "RPUSH", key: "queue", value: "job" },
        { operation: "SADD", key: "set", value: "m" },
        { operation: "SET", key: "b", value: "2" },
      ],
    });
    await c.call("CreateSession", { data: { s: "1" } });

    const stats = await c.call("GetStatistics", {});
    assert.equal(stats.total_keys, "4");
    assert.deepEqual(stats.key_type_distribution, { string: "2", list: "1", set: "1" });
    // Set, 3 Get, ExecuteBatch, CreateSession and this call.
    assert.equal(stats.commands_processed, "7");
    assert.equal(stats.hit_rate, 1 / 3);
    assert.equal(stats.connections_received, "0");
    assert.ok(Number(stats.memory_used_bytes) > 0 && Number(stats.memory_used_bytes) < 10_000);

    const theirs = await otherClient.call("GetStatistics", {});
    assert.equal(theirs.total_keys, "300");
    assert.deepEqual(theirs.key_type_distribution, { string: "300" });
    assert.equal(theirs.commands_processed, "1");
    assert.equal(theirs.hit_rate, 0);
  });
});

describe("HealthCheck", () => {
  test("PING, and INFO figures on a deep check", async () => {
    const c = await client(`org-${randomUUID()}`, "u");
    const shallow = await c.call("HealthCheck", {});
    assert.equal(shallow.healthy, true);
    assert.equal(shallow.redis_status, "healthy");
    assert.equal(shallow.message, "PONG");
    assert.ok(Math.abs(Number(shallow.checked_at.seconds) - Date.now() / 1000) < 60);

    const deep = await c.call("HealthCheck", { deep_check: true });
    assert.equal(deep.healthy, true);
    assert.equal(deep.redis_status, "healthy");
    assert.ok(Number(deep.connected_clients) >= 2, "the sidecar's own connection and this test's");
    assert.ok(Number(deep.used_memory_bytes) > 0);
    assert.match(deep.message, /^redis \d+\.\d+\.\d+, role master$/);
  });

  test("with Redis unreachable: healthy=false with status OK, and data calls fail UNAVAILABLE", async () => {
    const down = await startSidecar({ redisUrl: `redis://127.0.0.1:${await freePort()}` });
    try {
      const c = await client(`org-${randomUUID()}`, "u", down);
      const health = await c.call("HealthCheck", { deep_check: true });
      assert.deepEqual([health.healthy, health.redis_status, health.message], [false, "down", "redis unavailable"]);
      await assert.rejects(c.call("ExecuteBatch", { commands: [{ operation: "SET", key: "a", value: "1" }] }), {
        code: 14,
      });
      await assert.rejects(c.call("Publish", { channel: "c", message: "m" }), { code: 14 });
      const stream = c.stream("Subscribe", { channels: ["c"] });
      const code = await new Promise((resolve) => stream.on("error", (err: { code: number }) => resolve(err.code)));
      assert.equal(code, 14);
    } finally {
      assert.equal(await down.stop(), 0);
    }
  });
});
