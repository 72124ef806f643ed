/**
 * The isA SDK's Redis calls against the sidecar, asserting the fields the SDK reads
 * (CLIENT-SEMANTICS.md, Redis): absence as found/exists false, `success` flags, `mset` as one
 * ExecuteBatch, keys as the caller named them, Subscribe ended by Unsubscribe, health strings.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { bothFields, collect, type SdkClient, sdkClient } from "../helpers/compat";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
const seconds = (s: number) => ({ seconds: String(s), nanos: 0 });

describe("isA SDK compatibility: Redis", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let sdk: SdkClient;

  before(async () => {
    proc = await startSidecar();
    await waitServing(proc, SERVICE);
    sdk = await sdkClient(proc, SERVICE, bothFields);
  });
  after(async () => {
    sdk.close();
    await proc.stop();
  });

  it("a missing key is OK with found false and exists false", async () => {
    assert.deepEqual(await sdk.call("Get", { key: "missing" }), { found: false, value: "" });
    assert.deepEqual(await sdk.call("Exists", { key: "missing" }), { exists: false });
    assert.equal((await sdk.call("HGet", { key: "missing", field: "f" })).found, false);
  });

  it("Set, Expire, Rename, HSet, LTrim and Delete answer success", async () => {
    assert.equal((await sdk.call("Set", { key: "name", value: "ada" })).success, true);
    assert.deepEqual(await sdk.call("Get", { key: "name" }), { found: true, value: "ada" });
    assert.deepEqual(await sdk.call("Exists", { key: "name" }), { exists: true });
    assert.equal((await sdk.call("Expire", { key: "name", expiration: seconds(60) })).success, true);
    assert.equal((await sdk.call("Rename", { old_key: "name", new_key: "full-name" })).success, true);
    assert.equal((await sdk.call("Get", { key: "full-name" })).value, "ada");

    const hset = await sdk.call("HSet", { key: "user:1", fields: [{ field: "email", value: "a@x" }] });
    assert.equal(hset.success, true);
    assert.equal((await sdk.call("HGet", { key: "user:1", field: "email" })).value, "a@x");

    await sdk.call("RPush", { key: "recent", values: ["a", "b", "c", "d"] });
    assert.equal((await sdk.call("LTrim", { key: "recent", start: 0, stop: 1 })).success, true);
    assert.deepEqual((await sdk.call("LRange", { key: "recent", start: 0, stop: -1 })).values, ["a", "b"]);

    const deleted = await sdk.call("Delete", { key: "full-name" });
    assert.deepEqual([deleted.success, deleted.deleted_count], [true, 1]);
    assert.equal((await sdk.call("Get", { key: "full-name" })).found, false);
  });

  it("mset is one ExecuteBatch of SETs: success, and executed_count is the number of keys", async () => {
    const pairs = { "m:a": "1", "m:b": "2", "m:c": "3" };
    const res = await sdk.call("ExecuteBatch", {
      commands: Object.entries(pairs).map(([key, value]) => ({ operation: "SET", key, value })),
    });
    assert.deepEqual(res, { success: true, executed_count: 3, errors: [] });
    for (const [key, value] of Object.entries(pairs)) assert.equal((await sdk.call("Get", { key })).value, value);
  });

  it("a batch holding an unknown command is OK with success false and the reasons; nothing runs", async () => {
    const res = await sdk.call("ExecuteBatch", {
      commands: [
        { operation: "SET", key: "never", value: "x" },
        { operation: "FROBNICATE", key: "never" },
      ],
    });
    assert.equal(res.success, false);
    assert.equal(res.executed_count, 0);
    assert.equal(res.errors.length, 1);
    assert.match(res.errors[0], /^1: unknown operation "FROBNICATE"/);
    assert.equal((await sdk.call("Get", { key: "never" })).found, false);
  });

  it("GetMultiple returns only the keys that exist; ListKeys names keys as the caller did", async () => {
    await sdk.call("Set", { key: "g:one", value: "1" });
    await sdk.call("Set", { key: "g:two", value: "2" });
    const got = await sdk.call("GetMultiple", { keys: ["g:one", "g:missing", "g:two"] });
    assert.deepEqual(
      got.values.map((kv: { key: string; value: string }) => [kv.key, kv.value]),
      [
        ["g:one", "1"],
        ["g:two", "2"],
      ],
    );
    const listed = await sdk.call("ListKeys", { pattern: "g:*" });
    assert.deepEqual([...listed.keys].sort(), ["g:one", "g:two"]);
  });

  it("a Subscribe stream ends OK when the same caller unsubscribes; unsubscribing again is success", async () => {
    const sub = collect(sdk.stream("Subscribe", { channels: ["events"] }));
    // Delivered once the subscription is live; published until then.
    for (let i = 0; sub.messages.length === 0; i++) {
      if (i === 500) throw new Error("the subscription never received a message");
      await sdk.call("Publish", { channel: "events", message: `m${i}` });
    }
    assert.equal(sub.messages[0].channel, "events");
    assert.deepEqual(await sdk.call("Unsubscribe", { channels: ["events"] }), { success: true });
    assert.equal(await sub.ended, 0);
    assert.deepEqual(await sdk.call("Unsubscribe", { channels: ["events"] }), { success: true });
    assert.deepEqual(await sdk.call("Unsubscribe", { channels: ["never-subscribed"] }), { success: true });
  });

  it("HealthCheck: healthy, redis_status healthy", async () => {
    for (const deep_check of [false, true]) {
      const res = await sdk.call("HealthCheck", { deep_check });
      assert.deepEqual([res.healthy, res.redis_status], [true, "healthy"]);
    }
  });
});
