/**
 * The data RPCs of isa.redis.RedisService (strings, keys, hashes, lists, sets, sorted sets) against
 * the real sidecar and a real Redis, checked both through the API and in Redis itself.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import Redis from "ioredis";
import { redisPrefix, type Tenant } from "../../sidecar/tenancy";
import { connect, type Message, type TestClient } from "../helpers/client";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
const MiB = 1024 * 1024;

let proc: SidecarProcess;
let redis: Redis;
const opened: { tenant: Tenant; client: TestClient }[] = [];

/** A fresh tenant (unique org and user) and a client holding its token. */
async function newTenant(): Promise<{ tenant: Tenant; c: TestClient }> {
  const tenant = { org: `org-${randomUUID()}`, user: `user-${randomUUID()}` };
  const client = connect(proc.address, SERVICE, await proc.token(tenant.org, tenant.user));
  opened.push({ tenant, client });
  return { tenant, c: client };
}

async function rejectsWith(call: Promise<Message>, code: status): Promise<void> {
  await assert.rejects(call, (err: { code: number; details: string }) => {
    assert.equal(err.code, code, `expected ${status[code]}, got ${status[err.code]}: ${err.details}`);
    return true;
  });
}

/** Deletes this file's keys only: a tenant prefix is literal under glob matching. */
async function deleteUnder(client: Redis, prefix: string): Promise<void> {
  for await (const keys of client.scanStream({ match: `${prefix}*`, count: 1000 })) {
    if ((keys as string[]).length > 0) await client.del(...(keys as string[]));
  }
}

const sorted = (items: string[]) => [...items].sort();

before(async () => {
  proc = await startSidecar();
  await waitServing(proc, SERVICE);
  redis = new Redis("redis://127.0.0.1:6379");
});

after(async () => {
  for (const { tenant, client } of opened) {
    client.close();
    await deleteUnder(redis, redisPrefix(tenant));
  }
  await redis.quit();
  assert.equal(await proc.stop(), 0);
});

describe("strings", () => {
  let c: TestClient;
  let tenant: Tenant;
  before(async () => ({ tenant, c } = await newTenant()));

  test("Set stores the value under the tenant prefix, Get reads it back", async () => {
    assert.deepEqual(await c.call("Set", { key: "greeting", value: "hello" }), { success: true, message: "OK" });
    assert.deepEqual(await c.call("Get", { key: "greeting" }), { found: true, value: "hello" });
    assert.equal(await redis.get(`${redisPrefix(tenant)}greeting`), "hello");
  });

  test("Get of a missing key answers found=false", async () => {
    assert.deepEqual(await c.call("Get", { key: "nothing-here" }), { found: false, value: "" });
  });

  test("GetMultiple returns the keys that exist, by the caller's names", async () => {
    await c.call("Set", { key: "gm-1", value: "one" });
    await c.call("Set", { key: "gm-3", value: "three" });
    const res = await c.call("GetMultiple", { keys: ["gm-1", "gm-2", "gm-3"] });
    assert.deepEqual(res.values, [
      { key: "gm-1", value: "one" },
      { key: "gm-3", value: "three" },
    ]);
  });

  test("SetWithExpiration sets a TTL; a missing expiration is refused", async () => {
    await c.call("SetWithExpiration", { key: "temp", value: "v", expiration: { seconds: 100 } });
    const ttl = Number((await c.call("GetTTL", { key: "temp" })).ttl_seconds);
    assert.ok(ttl > 0 && ttl <= 100, `ttl ${ttl}`);
    assert.equal(await redis.get(`${redisPrefix(tenant)}temp`), "v");
    await rejectsWith(c.call("SetWithExpiration", { key: "temp2", value: "v" }), status.INVALID_ARGUMENT);
  });

  test("Increment and Decrement: unset delta means 1, int64 values are strings", async () => {
    assert.equal((await c.call("Increment", { key: "counter" })).value, "1");
    assert.equal((await c.call("Increment", { key: "counter", delta: "41" })).value, "42");
    assert.equal((await c.call("Decrement", { key: "counter" })).value, "41");
    assert.equal((await c.call("Decrement", { key: "counter", delta: "50" })).value, "-9");
    assert.equal(await redis.get(`${redisPrefix(tenant)}counter`), "-9");
  });

  test("Increment of a non-number is FAILED_PRECONDITION", async () => {
    await c.call("Set", { key: "not-a-number", value: "abc" });
    await rejectsWith(c.call("Increment", { key: "not-a-number" }), status.FAILED_PRECONDITION);
  });

  test("Append returns the new length", async () => {
    assert.equal((await c.call("Append", { key: "log", value: "abc" })).length, "3");
    assert.equal((await c.call("Append", { key: "log", value: "de" })).length, "5");
    assert.deepEqual(await c.call("Get", { key: "log" }), { found: true, value: "abcde" });
  });
});

describe("keys", () => {
  let c: TestClient;
  let tenant: Tenant;
  before(async () => ({ tenant, c } = await newTenant()));

  test("Delete reports how many keys went", async () => {
    await c.call("Set", { key: "del-me", value: "x" });
    assert.deepEqual(await c.call("Delete", { key: "del-me" }), { success: true, deleted_count: 1 });
    assert.deepEqual(await c.call("Delete", { key: "del-me" }), { success: true, deleted_count: 0 });
    assert.equal(await redis.exists(`${redisPrefix(tenant)}del-me`), 0);
  });

  test("DeleteMultiple deletes the keys that exist", async () => {
    await c.call("Set", { key: "dm-1", value: "x" });
    await c.call("Set", { key: "dm-2", value: "x" });
    const res = await c.call("DeleteMultiple", { keys: ["dm-1", "dm-2", "dm-missing"] });
    assert.deepEqual(res, { success: true, deleted_count: 2 });
    assert.deepEqual(await c.call("Exists", { key: "dm-1" }), { exists: false });
  });

  test("Exists", async () => {
    await c.call("Set", { key: "here", value: "x" });
    assert.deepEqual(await c.call("Exists", { key: "here" }), { exists: true });
    assert.deepEqual(await c.call("Exists", { key: "not-here" }), { exists: false });
  });

  test("Expire sets a TTL on an existing key and answers success=false for a missing one", async () => {
    await c.call("Set", { key: "exp", value: "x" });
    assert.deepEqual(await c.call("Expire", { key: "exp", expiration: { seconds: 60 } }), { success: true });
    const pttl = await redis.pttl(`${redisPrefix(tenant)}exp`);
    assert.ok(pttl > 0 && pttl <= 60_000, `pttl ${pttl}`);
    assert.deepEqual(await c.call("Expire", { key: "exp-missing", expiration: { seconds: 60 } }), {
      success: false,
    });
    await rejectsWith(c.call("Expire", { key: "exp" }), status.INVALID_ARGUMENT);
  });

  test("GetTTL follows Redis: -2 missing, -1 no expiry, else seconds", async () => {
    await c.call("Set", { key: "ttl-none", value: "x" });
    await c.call("SetWithExpiration", { key: "ttl-some", value: "x", expiration: { seconds: 30 } });
    assert.equal((await c.call("GetTTL", { key: "ttl-missing" })).ttl_seconds, "-2");
    assert.equal((await c.call("GetTTL", { key: "ttl-none" })).ttl_seconds, "-1");
    const ttl = Number((await c.call("GetTTL", { key: "ttl-some" })).ttl_seconds);
    assert.ok(ttl > 0 && ttl <= 30, `ttl ${ttl}`);
  });

  test("Rename moves the value; a missing key is NOT_FOUND", async () => {
    await c.call("Set", { key: "old-name", value: "moved" });
    assert.deepEqual(await c.call("Rename", { old_key: "old-name", new_key: "new-name" }), { success: true });
    assert.deepEqual(await c.call("Get", { key: "new-name" }), { found: true, value: "moved" });
    assert.deepEqual(await c.call("Exists", { key: "old-name" }), { exists: false });
    assert.equal(await redis.get(`${redisPrefix(tenant)}new-name`), "moved");
    await rejectsWith(c.call("Rename", { old_key: "no-such", new_key: "other" }), status.NOT_FOUND);
    await rejectsWith(c.call("Rename", { old_key: "new-name", new_key: "" }), status.INVALID_ARGUMENT);
  });

  test("ListKeys: pattern after the tenant prefix, names without it, limit honoured", async () => {
    const own = await newTenant();
    for (const key of ["user:1", "user:2", "user:3", "order:1"]) await own.c.call("Set", { key, value: "x" });
    const all = await own.c.call("ListKeys", {});
    assert.deepEqual(sorted(all.keys), ["order:1", "user:1", "user:2", "user:3"]);
    assert.equal(all.total_count, 4);
    const users = await own.c.call("ListKeys", { pattern: "user:*" });
    assert.deepEqual(sorted(users.keys), ["user:1", "user:2", "user:3"]);
    assert.equal(users.total_count, 3);
    const two = await own.c.call("ListKeys", { pattern: "user:*", limit: 2 });
    assert.equal(two.keys.length, 2);
    assert.equal(two.total_count, 2);
    assert.ok(two.keys.every((k: string) => ["user:1", "user:2", "user:3"].includes(k)));
    assert.deepEqual(await own.c.call("ListKeys", { pattern: "nothing*" }), { keys: [], total_count: 0 });
    await rejectsWith(own.c.call("ListKeys", { limit: -1 }), status.INVALID_ARGUMENT);
  });

  test("GetKeyInfo: type, TTL, size and last access; created_at stays unset", async () => {
    await c.call("HSet", { key: "info", fields: [{ field: "f", value: "v" }] });
    await c.call("Expire", { key: "info", expiration: { seconds: 120 } });
    const info = await c.call("GetKeyInfo", { key: "info" });
    assert.equal(info.exists, true);
    assert.equal(info.type, "VALUE_TYPE_HASH");
    const ttl = Number(info.ttl_seconds);
    assert.ok(ttl > 0 && ttl <= 120, `ttl ${ttl}`);
    assert.equal(info.size_bytes, String(await redis.memory("USAGE", `${redisPrefix(tenant)}info`)));
    assert.ok(Number(info.size_bytes) > 0);
    const accessed = Number(info.last_accessed.seconds);
    assert.ok(Math.abs(accessed - Date.now() / 1000) < 60, `last_accessed ${accessed}`);
    assert.equal(info.created_at, null);
  });

  test("GetKeyInfo names every value type, and answers exists=false for a missing key", async () => {
    await c.call("Set", { key: "t-string", value: "x" });
    await c.call("RPush", { key: "t-list", values: ["x"] });
    await c.call("SAdd", { key: "t-set", members: ["x"] });
    await c.call("ZAdd", { key: "t-zset", members: [{ member: "x", score: 1 }] });
    const types = [];
    for (const key of ["t-string", "t-list", "t-set", "t-zset"]) types.push((await c.call("GetKeyInfo", { key })).type);
    assert.deepEqual(types, ["VALUE_TYPE_STRING", "VALUE_TYPE_LIST", "VALUE_TYPE_SET", "VALUE_TYPE_ZSET"]);
    const missing = await c.call("GetKeyInfo", { key: "t-missing" });
    assert.equal(missing.exists, false);
    assert.equal(missing.ttl_seconds, "-2");
  });
});

describe("hashes", () => {
  let c: TestClient;
  let tenant: Tenant;
  before(async () => ({ tenant, c } = await newTenant()));

  test("HSet counts new fields only; HGet, HGetAll, HKeys, HValues read them", async () => {
    const first = await c.call("HSet", {
      key: "h",
      fields: [
        { field: "a", value: "1" },
        { field: "b", value: "2" },
      ],
    });
    assert.deepEqual(first, { success: true, fields_set: 2 });
    const second = await c.call("HSet", {
      key: "h",
      fields: [
        { field: "b", value: "20" },
        { field: "c", value: "3" },
      ],
    });
    assert.deepEqual(second, { success: true, fields_set: 1 });
    assert.deepEqual(await c.call("HGet", { key: "h", field: "b" }), { found: true, value: "20" });
    assert.deepEqual(await c.call("HGet", { key: "h", field: "zz" }), { found: false, value: "" });
    const all = (await c.call("HGetAll", { key: "h" })).fields;
    assert.deepEqual(
      [...all].sort((x: Message, y: Message) => x.field.localeCompare(y.field)),
      [
        { field: "a", value: "1" },
        { field: "b", value: "20" },
        { field: "c", value: "3" },
      ],
    );
    assert.deepEqual(sorted((await c.call("HKeys", { key: "h" })).fields), ["a", "b", "c"]);
    assert.deepEqual(sorted((await c.call("HValues", { key: "h" })).values), ["1", "20", "3"]);
    assert.deepEqual(await redis.hgetall(`${redisPrefix(tenant)}h`), { a: "1", b: "20", c: "3" });
  });

  test("HExists and HDelete", async () => {
    await c.call("HSet", { key: "hd", fields: [{ field: "x", value: "1" }] });
    assert.deepEqual(await c.call("HExists", { key: "hd", field: "x" }), { exists: true });
    assert.deepEqual(await c.call("HExists", { key: "hd", field: "y" }), { exists: false });
    assert.deepEqual(await c.call("HDelete", { key: "hd", fields: ["x", "y"] }), { success: true, deleted_count: 1 });
    assert.deepEqual(await c.call("HExists", { key: "hd", field: "x" }), { exists: false });
  });

  test("HIncrement: unset delta means 1, values beyond 2^53 keep every digit", async () => {
    assert.equal((await c.call("HIncrement", { key: "hi", field: "n" })).value, "1");
    assert.equal((await c.call("HIncrement", { key: "hi", field: "n", delta: "-11" })).value, "-10");
    await c.call("HSet", { key: "hi", fields: [{ field: "big", value: "9007199254740993" }] });
    assert.equal((await c.call("HIncrement", { key: "hi", field: "big", delta: "2" })).value, "9007199254740995");
  });

  test("empty field lists are INVALID_ARGUMENT", async () => {
    await rejectsWith(c.call("HSet", { key: "h", fields: [] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("HDelete", { key: "h", fields: [] }), status.INVALID_ARGUMENT);
  });
});

describe("lists", () => {
  let c: TestClient;
  let tenant: Tenant;
  before(async () => ({ tenant, c } = await newTenant()));

  test("LPush and RPush return the length; LRange, LLen and LIndex read", async () => {
    assert.deepEqual(await c.call("RPush", { key: "l", values: ["b", "c"] }), { length: 2 });
    assert.deepEqual(await c.call("LPush", { key: "l", values: ["a", "z"] }), { length: 4 });
    assert.deepEqual((await c.call("LRange", { key: "l", start: 0, stop: -1 })).values, ["z", "a", "b", "c"]);
    assert.deepEqual((await c.call("LRange", { key: "l", start: 1, stop: 2 })).values, ["a", "b"]);
    assert.deepEqual(await c.call("LLen", { key: "l" }), { length: 4 });
    assert.deepEqual(await c.call("LIndex", { key: "l", index: -1 }), { found: true, value: "c" });
    assert.deepEqual(await c.call("LIndex", { key: "l", index: 10 }), { found: false, value: "" });
    assert.deepEqual(await redis.lrange(`${redisPrefix(tenant)}l`, 0, -1), ["z", "a", "b", "c"]);
  });

  test("LPop and RPop take from each end; found=false once empty", async () => {
    await c.call("RPush", { key: "q", values: ["1", "2"] });
    assert.deepEqual(await c.call("LPop", { key: "q" }), { found: true, value: "1" });
    assert.deepEqual(await c.call("RPop", { key: "q" }), { found: true, value: "2" });
    assert.deepEqual(await c.call("LPop", { key: "q" }), { found: false, value: "" });
    assert.deepEqual(await c.call("RPop", { key: "q" }), { found: false, value: "" });
  });

  test("LTrim keeps the given range", async () => {
    await c.call("RPush", { key: "t", values: ["a", "b", "c", "d"] });
    assert.deepEqual(await c.call("LTrim", { key: "t", start: 1, stop: 2 }), { success: true });
    assert.deepEqual((await c.call("LRange", { key: "t", start: 0, stop: -1 })).values, ["b", "c"]);
  });

  test("an empty push is INVALID_ARGUMENT", async () => {
    await rejectsWith(c.call("LPush", { key: "l", values: [] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("RPush", { key: "l", values: [] }), status.INVALID_ARGUMENT);
  });
});

describe("sets", () => {
  let c: TestClient;
  let tenant: Tenant;
  before(async () => ({ tenant, c } = await newTenant()));

  test("SAdd counts new members; SMembers, SIsMember, SCard read; SRemove counts removals", async () => {
    assert.deepEqual(await c.call("SAdd", { key: "s", members: ["a", "b", "a"] }), { added_count: 2 });
    assert.deepEqual(await c.call("SAdd", { key: "s", members: ["b", "c"] }), { added_count: 1 });
    assert.deepEqual(sorted((await c.call("SMembers", { key: "s" })).members), ["a", "b", "c"]);
    assert.deepEqual(await c.call("SIsMember", { key: "s", member: "b" }), { is_member: true });
    assert.deepEqual(await c.call("SIsMember", { key: "s", member: "q" }), { is_member: false });
    assert.deepEqual(await c.call("SCard", { key: "s" }), { count: 3 });
    assert.deepEqual(await c.call("SRemove", { key: "s", members: ["a", "q"] }), { removed_count: 1 });
    assert.deepEqual(sorted(await redis.smembers(`${redisPrefix(tenant)}s`)), ["b", "c"]);
  });

  test("SUnion, SInter and SDiff over the caller's sets", async () => {
    await c.call("SAdd", { key: "s1", members: ["a", "b", "c"] });
    await c.call("SAdd", { key: "s2", members: ["b", "c", "d"] });
    assert.deepEqual(sorted((await c.call("SUnion", { keys: ["s1", "s2"] })).members), ["a", "b", "c", "d"]);
    assert.deepEqual(sorted((await c.call("SInter", { keys: ["s1", "s2"] })).members), ["b", "c"]);
    assert.deepEqual(sorted((await c.call("SDiff", { keys: ["s1", "s2"] })).members), ["a"]);
    assert.deepEqual((await c.call("SInter", { keys: ["s1", "s-missing"] })).members, []);
  });

  test("empty member and key lists are INVALID_ARGUMENT", async () => {
    await rejectsWith(c.call("SAdd", { key: "s", members: [] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("SRemove", { key: "s", members: [] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("SUnion", { keys: [] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("SDiff", { keys: ["s1", ""] }), status.INVALID_ARGUMENT);
  });
});

describe("sorted sets", () => {
  let c: TestClient;
  let tenant: Tenant;
  before(async () => {
    ({ tenant, c } = await newTenant());
    const members = [
      { member: "low", score: -Infinity },
      { member: "a", score: 1 },
      { member: "b", score: 2.5 },
      { member: "c", score: 3 },
      { member: "high", score: Infinity },
    ];
    await c.call("ZAdd", { key: "z", members });
  });

  test("ZAdd counts new members, infinities included", async () => {
    assert.deepEqual(
      await c.call("ZAdd", {
        key: "z",
        members: [
          { member: "a", score: 1.5 },
          { member: "d", score: 4 },
        ],
      }),
      {
        added_count: 1,
      },
    );
    assert.deepEqual(await c.call("ZCard", { key: "z" }), { count: 6 });
    assert.equal(await redis.zscore(`${redisPrefix(tenant)}z`, "high"), "inf");
    await c.call("ZAdd", { key: "z", members: [{ member: "a", score: 1 }] });
    await c.call("ZRemove", { key: "z", members: ["d"] });
  });

  test("ZRange fills scores only when asked", async () => {
    const plain = await c.call("ZRange", { key: "z", start: 0, stop: -1 });
    assert.deepEqual(
      plain.members.map((m: Message) => m.member),
      ["low", "a", "b", "c", "high"],
    );
    assert.ok(plain.members.every((m: Message) => m.score === 0));
    const scored = await c.call("ZRange", { key: "z", start: 1, stop: 2, with_scores: true });
    assert.deepEqual(scored.members, [
      { member: "a", score: 1 },
      { member: "b", score: 2.5 },
    ]);
    const ends = await c.call("ZRange", { key: "z", start: 0, stop: -1, with_scores: true });
    assert.equal(ends.members[0].score, -Infinity);
    assert.equal(ends.members[4].score, Infinity);
  });

  test("ZRangeByScore with and without LIMIT", async () => {
    const all = await c.call("ZRangeByScore", { key: "z", min_score: 1, max_score: 3 });
    assert.deepEqual(all.members, [
      { member: "a", score: 1 },
      { member: "b", score: 2.5 },
      { member: "c", score: 3 },
    ]);
    const page = await c.call("ZRangeByScore", { key: "z", min_score: 1, max_score: 3, offset: 1, count: 1 });
    assert.deepEqual(page.members, [{ member: "b", score: 2.5 }]);
    const unbounded = await c.call("ZRangeByScore", { key: "z", min_score: -Infinity, max_score: Infinity });
    assert.equal(unbounded.members.length, 5);
  });

  test("ZRank, ZScore: found or not", async () => {
    assert.deepEqual(await c.call("ZRank", { key: "z", member: "b" }), { found: true, rank: 2 });
    assert.deepEqual(await c.call("ZRank", { key: "z", member: "nope" }), { found: false, rank: 0 });
    assert.deepEqual(await c.call("ZScore", { key: "z", member: "b" }), { found: true, score: 2.5 });
    assert.deepEqual(await c.call("ZScore", { key: "z", member: "nope" }), { found: false, score: 0 });
  });

  test("ZIncrement returns the new score; ZRemove counts removals; ZCard counts", async () => {
    assert.deepEqual(await c.call("ZIncrement", { key: "zi", member: "m", delta: 1.5 }), { score: 1.5 });
    assert.deepEqual(await c.call("ZIncrement", { key: "zi", member: "m", delta: -4 }), { score: -2.5 });
    await c.call("ZAdd", { key: "zi", members: [{ member: "n", score: 0 }] });
    assert.deepEqual(await c.call("ZCard", { key: "zi" }), { count: 2 });
    assert.deepEqual(await c.call("ZRemove", { key: "zi", members: ["m", "nope"] }), { removed_count: 1 });
    assert.deepEqual(await c.call("ZCard", { key: "zi" }), { count: 1 });
  });

  test("empty member lists are INVALID_ARGUMENT", async () => {
    await rejectsWith(c.call("ZAdd", { key: "z", members: [] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("ZRemove", { key: "z", members: [] }), status.INVALID_ARGUMENT);
  });
});

describe("bad input", () => {
  let c: TestClient;
  before(async () => ({ c } = await newTenant()));

  test("an empty key is INVALID_ARGUMENT", async () => {
    for (const [method, req] of [
      ["Set", { key: "", value: "x" }],
      ["Get", { key: "" }],
      ["Delete", { key: "" }],
      ["HSet", { key: "", fields: [{ field: "f", value: "v" }] }],
      ["LPush", { key: "", values: ["v"] }],
      ["SAdd", { key: "", members: ["m"] }],
      ["ZAdd", { key: "", members: [{ member: "m", score: 1 }] }],
      ["GetKeyInfo", { key: "" }],
    ] as const) {
      await rejectsWith(c.call(method, req), status.INVALID_ARGUMENT);
    }
  });

  test("a key over 1 KiB is INVALID_ARGUMENT; exactly 1 KiB is accepted", async () => {
    const long = "k".repeat(1025);
    await rejectsWith(c.call("Set", { key: long, value: "x" }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("HGet", { key: long, field: "f" }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("GetMultiple", { keys: ["ok", long] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("Rename", { old_key: "ok", new_key: long }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("ListKeys", { pattern: long }), status.INVALID_ARGUMENT);
    // Two-byte characters count as bytes, not characters.
    await rejectsWith(c.call("Get", { key: "é".repeat(513) }), status.INVALID_ARGUMENT);
    assert.deepEqual(await c.call("Set", { key: "k".repeat(1024), value: "x" }), { success: true, message: "OK" });
  });

  test("values over 1 MiB are INVALID_ARGUMENT, alone or added up", async () => {
    const big = "v".repeat(MiB + 1);
    const half = "v".repeat(MiB / 2 + 1);
    await rejectsWith(c.call("Set", { key: "big", value: big }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("HSet", { key: "big", fields: [{ field: "f", value: big }] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("RPush", { key: "big", values: [half, half] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("SAdd", { key: "big", members: [half, half] }), status.INVALID_ARGUMENT);
    await rejectsWith(c.call("ZAdd", { key: "big", members: [{ member: big, score: 1 }] }), status.INVALID_ARGUMENT);
    assert.deepEqual(await c.call("Exists", { key: "big" }), { exists: false });
  });

  test("a command on the wrong type is FAILED_PRECONDITION", async () => {
    await c.call("Set", { key: "plain", value: "x" });
    await rejectsWith(c.call("HGet", { key: "plain", field: "f" }), status.FAILED_PRECONDITION);
    await rejectsWith(c.call("LPush", { key: "plain", values: ["v"] }), status.FAILED_PRECONDITION);
    await rejectsWith(c.call("HIncrement", { key: "plain", field: "f" }), status.FAILED_PRECONDITION);
    await rejectsWith(
      c.call("ZAdd", { key: "plain", members: [{ member: "m", score: 1 }] }),
      status.FAILED_PRECONDITION,
    );
  });

  test("a NaN score is INVALID_ARGUMENT", async () => {
    await rejectsWith(
      c.call("ZAdd", { key: "zn", members: [{ member: "m", score: Number.NaN }] }),
      status.INVALID_ARGUMENT,
    );
  });
});
