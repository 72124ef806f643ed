/**
 * Redis limits as attacks: one tenant asks for work that grows with its request or with what it
 * stored (huge multi-key calls, whole-collection reads of huge collections); it is refused before
 * Redis does the work, and another tenant's calls, running meanwhile on the same shared connection,
 * all answer OK. Their latency is printed, not asserted (the machine is shared).
 * Codes follow the README "Limits" rule: the request itself over a limit → INVALID_ARGUMENT; an
 * answer that what is stored makes too large → RESOURCE_EXHAUSTED.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import Redis from "ioredis";
import { redisKey, redisPrefix, type Tenant } from "../../sidecar/tenancy";
import { whileVictimRuns } from "../helpers/attack";
import { connect, type TestClient } from "../helpers/client";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
const MAX_ITEMS = 10_000;
const BIG = MAX_ITEMS + 5_000;

let proc: SidecarProcess;
let redis: Redis;
let attacker: TestClient;
let victim: TestClient;
const attackerTenant: Tenant = { org: `evil-${randomUUID().slice(0, 8)}`, user: "mallory" };
const victimTenant: Tenant = { org: `good-${randomUUID().slice(0, 8)}`, user: "alice" };

before(async () => {
  proc = await startSidecar();
  await waitServing(proc, SERVICE);
  redis = new Redis("redis://127.0.0.1:6379");
  attacker = connect(proc.address, SERVICE, await proc.token(attackerTenant.org, attackerTenant.user));
  victim = connect(proc.address, SERVICE, await proc.token(victimTenant.org, victimTenant.user));
  // Huge collections, grown the way many small writes would (seeded directly, to be quick).
  const items = Array.from({ length: BIG }, (_, i) => `m${i}`);
  const key = (name: string) => redisKey(attackerTenant, name);
  await redis.rpush(key("list"), ...items);
  await redis.zadd(key("zset"), ...items.flatMap((m, i) => [i, m]));
  await redis.hset(key("hash"), ...items.flatMap((m) => [m, "v"]));
  await redis.sadd(key("set"), ...items);
});

after(async () => {
  attacker.close();
  victim.close();
  for (const t of [attackerTenant, victimTenant]) {
    const keys = await redis.keys(`${redisPrefix(t)}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
  assert.equal(await proc.stop(), 0);
});

/** The victim's Set/Get loop while `attack` runs: every call must answer OK. */
function whileAttacked(attack: () => Promise<void>): Promise<void> {
  const setGet = async (i: number) => {
    await victim.call("Set", { key: `k${i % 10}`, value: String(i) });
    assert.equal((await victim.call("Get", { key: `k${i % 10}` })).value, String(i));
  };
  return whileVictimRuns("Set+Get", setGet, attack, 20);
}

async function refused(call: Promise<unknown>, code: status, pattern: RegExp): Promise<void> {
  await assert.rejects(call, (err: { code: number; details: string }) => {
    assert.equal(err.code, code, err.details);
    assert.match(err.details, pattern);
    return true;
  });
}

test("multi-key and many-value calls over the fixed limits are INVALID_ARGUMENT, before Redis sees them", async () => {
  const keys = Array.from({ length: 1001 }, (_, i) => `k${i}`);
  const values = Array.from({ length: MAX_ITEMS + 1 }, () => "v");
  await whileAttacked(async () => {
    await refused(attacker.call("GetMultiple", { keys }), status.INVALID_ARGUMENT, /at most 1000 keys/);
    await refused(attacker.call("DeleteMultiple", { keys }), status.INVALID_ARGUMENT, /at most 1000 keys/);
    await refused(attacker.call("SUnion", { keys }), status.INVALID_ARGUMENT, /at most 1000 keys/);
    await refused(attacker.call("RPush", { key: "l2", values }), status.INVALID_ARGUMENT, /at most 10000 values/);
    await refused(attacker.call("SAdd", { key: "s2", members: values }), status.INVALID_ARGUMENT, /at most 10000/);
    const commands = Array.from({ length: 1001 }, (_, i) => ({ operation: "SET", key: `b${i}`, value: "v" }));
    await refused(attacker.call("ExecuteBatch", { commands }), status.INVALID_ARGUMENT, /at most 1000 commands/);
    await refused(
      attacker.call("Set", { key: "big", value: "v".repeat(1024 * 1024 + 1) }),
      status.INVALID_ARGUMENT,
      /larger/,
    );
    await refused(
      attacker.call("ZRangeByScore", { key: "zset", min_score: 0, max_score: 1e9, count: MAX_ITEMS + 1 }),
      status.INVALID_ARGUMENT,
      /at most 10000/,
    );
  });
  assert.equal(await redis.exists(redisKey(attackerTenant, "l2"), redisKey(attackerTenant, "s2")), 0);
});

test("reads of whole huge collections are RESOURCE_EXHAUSTED; a range that fits is answered", async () => {
  const tooMany = /would hold 15000 items, more than 10000/;
  await whileAttacked(async () => {
    await refused(attacker.call("LRange", { key: "list", start: 0, stop: -1 }), status.RESOURCE_EXHAUSTED, tooMany);
    await refused(attacker.call("ZRange", { key: "zset", start: 0, stop: -1 }), status.RESOURCE_EXHAUSTED, tooMany);
    await refused(
      attacker.call("ZRange", { key: "zset", start: 0, stop: -1, with_scores: true }),
      status.RESOURCE_EXHAUSTED,
      tooMany,
    );
    const byScore = { key: "zset", min_score: Number.NEGATIVE_INFINITY, max_score: Number.POSITIVE_INFINITY };
    await refused(attacker.call("ZRangeByScore", byScore), status.RESOURCE_EXHAUSTED, tooMany);
    for (const method of ["HGetAll", "HKeys", "HValues"]) {
      await refused(attacker.call(method, { key: "hash" }), status.RESOURCE_EXHAUSTED, tooMany);
    }
    await refused(attacker.call("SMembers", { key: "set" }), status.RESOURCE_EXHAUSTED, tooMany);
    await refused(attacker.call("SInter", { keys: ["set", "missing"] }), status.RESOURCE_EXHAUSTED, tooMany);
  });
  // Asking for a range that fits works, with negative indexes as Redis reads them.
  assert.equal((await attacker.call("LRange", { key: "list", start: 0, stop: 9_999 })).values.length, MAX_ITEMS);
  assert.deepEqual((await attacker.call("LRange", { key: "list", start: -2, stop: -1 })).values, ["m14998", "m14999"]);
  const last = await attacker.call("ZRange", { key: "zset", start: -1, stop: -1, with_scores: true });
  assert.deepEqual(last.members, [{ member: "m14999", score: 14_999 }]);
  const page = await attacker.call("ZRangeByScore", {
    key: "zset",
    min_score: 10,
    max_score: 1e9,
    offset: 1,
    count: 2,
  });
  assert.deepEqual(
    page.members.map((m: { member: string }) => m.member),
    ["m11", "m12"],
  );
  assert.deepEqual((await attacker.call("LRange", { key: "missing", start: 0, stop: -1 })).values, []);
});

test("small whole-collection reads answer as before, and a wrong type is still FAILED_PRECONDITION", async () => {
  await victim.call("HSet", { key: "h", fields: [{ field: "a", value: "1" }] });
  assert.deepEqual((await victim.call("HGetAll", { key: "h" })).fields, [{ field: "a", value: "1" }]);
  await victim.call("SAdd", { key: "s", members: ["x", "y"] });
  assert.deepEqual([...(await victim.call("SUnion", { keys: ["s", "none"] })).members].sort(), ["x", "y"]);
  await refused(victim.call("LRange", { key: "h", start: 0, stop: -1 }), status.FAILED_PRECONDITION, /different kind/);
});
