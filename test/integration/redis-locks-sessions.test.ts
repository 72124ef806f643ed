/**
 * Locks and sessions of isa.redis.RedisService against the real Redis, through a real sidecar.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import Redis from "ioredis";
import { orgToken, redisInternalKey } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
const seconds = (s: number) => ({ seconds: String(s), nanos: 0 });
const millis = (ms: number) => ({ seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 });
const epochMs = (t: { seconds: string; nanos: number }) => Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6);

let sidecar: SidecarProcess;
let redis: Redis;
const orgs: string[] = [];
const clients: TestClient[] = [];

async function client(org: string, user: string): Promise<TestClient> {
  if (!orgs.includes(org)) orgs.push(org);
  const c = connect(sidecar.address, SERVICE, await sidecar.token(org, user));
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
  // Only what these tests created: every record carries one of their unique org ids.
  for (const org of orgs) {
    for await (const keys of redis.scanStream({ match: `*${org}*`, count: 1000 })) {
      if (keys.length > 0) await redis.del(...keys);
    }
  }
  redis.disconnect();
  assert.equal(await sidecar.stop(), 0);
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
});

describe("locks", () => {
  test("two callers contend: the second waits, times out, and only the holder can release or renew", async () => {
    const org = `org-${randomUUID()}`;
    const first = await client(org, "worker");
    const second = await client(org, "worker");

    const held = await first.call("AcquireLock", { lock_key: "jobs", ttl: seconds(30) });
    assert.equal(held.acquired, true);
    assert.match(held.lock_id, /^[A-Za-z0-9_-]{22}$/);
    assert.ok(epochMs(held.expires_at) > Date.now() + 25_000);
    // The record lives in the sidecar's own namespace, holding the holder's id.
    assert.equal(await redis.get(redisInternalKey("lock", { org, user: "worker" }, "jobs")), held.lock_id);

    const waited = await second.call("AcquireLock", { lock_key: "jobs", ttl: seconds(30), wait_timeout: millis(300) });
    assert.deepEqual([waited.acquired, waited.lock_id, waited.expires_at], [false, "", null]);

    const wrongRelease = await second.call("ReleaseLock", { lock_key: "jobs", lock_id: "not-the-holder" });
    assert.equal(wrongRelease.released, false);
    const wrongRenew = await second.call("RenewLock", {
      lock_key: "jobs",
      lock_id: "not-the-holder",
      ttl: seconds(60),
    });
    assert.deepEqual([wrongRenew.renewed, wrongRenew.expires_at], [false, null]);

    const renewed = await first.call("RenewLock", { lock_key: "jobs", lock_id: held.lock_id, ttl: seconds(120) });
    assert.equal(renewed.renewed, true);
    assert.ok(epochMs(renewed.expires_at) > Date.now() + 100_000);
    assert.ok((await redis.pttl(redisInternalKey("lock", { org, user: "worker" }, "jobs"))) > 100_000);

    assert.equal((await first.call("ReleaseLock", { lock_key: "jobs", lock_id: held.lock_id })).released, true);
    assert.equal((await first.call("ReleaseLock", { lock_key: "jobs", lock_id: held.lock_id })).released, false);
    const next = await second.call("AcquireLock", { lock_key: "jobs", ttl: seconds(30) });
    assert.equal(next.acquired, true);
    assert.notEqual(next.lock_id, held.lock_id);
  });

  test("a waiter gets the lock as soon as the holder releases it", async () => {
    const org = `org-${randomUUID()}`;
    const holder = await client(org, "u");
    const waiter = await client(org, "u");
    const held = await holder.call("AcquireLock", { lock_key: "l", ttl: seconds(30) });
    const waiting = waiter.call("AcquireLock", { lock_key: "l", ttl: seconds(30), wait_timeout: seconds(10) });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await holder.call("ReleaseLock", { lock_key: "l", lock_id: held.lock_id });
    const got = await waiting;
    assert.equal(got.acquired, true);
    assert.equal(await redis.get(redisInternalKey("lock", { org, user: "u" }, "l")), got.lock_id);
  });

  test("a waiter stops at the call's deadline", async () => {
    const org = `org-${randomUUID()}`;
    const holder = await client(org, "u");
    await holder.call("AcquireLock", { lock_key: "l", ttl: seconds(30) });
    await assert.rejects(
      holder.call("AcquireLock", { lock_key: "l", ttl: seconds(30), wait_timeout: seconds(30) }, { deadlineMs: 300 }),
      { code: 4 },
    );
  });

  test("locks of other tenants with the same name are separate", async () => {
    const name = "shared-name";
    const org = `org-${randomUUID()}`;
    const a = await client(org, "u");
    const b = await client(`org-${randomUUID()}`, "u");
    const sameOrgOtherUser = await client(org, "other");
    assert.equal((await a.call("AcquireLock", { lock_key: name, ttl: seconds(30) })).acquired, true);
    assert.equal((await b.call("AcquireLock", { lock_key: name, ttl: seconds(30) })).acquired, true);
    assert.equal((await sameOrgOtherUser.call("AcquireLock", { lock_key: name, ttl: seconds(30) })).acquired, true);
  });

  test("ttl is required and positive, lock_key and lock_id must be given", async () => {
    const c = await client(`org-${randomUUID()}`, "u");
    await assert.rejects(c.call("AcquireLock", { lock_key: "l" }), { code: 3, details: "ttl must be positive" });
    await assert.rejects(c.call("AcquireLock", { lock_key: "", ttl: seconds(1) }), { code: 3 });
    await assert.rejects(c.call("RenewLock", { lock_key: "l", lock_id: "x" }), { code: 3 });
    await assert.rejects(c.call("ReleaseLock", { lock_key: "l", lock_id: "" }), { code: 3 });
  });
});

describe("sessions", () => {
  test("create, get, update (merge and extend), delete", async () => {
    const org = `org-${randomUUID()}`;
    const c = await client(org, "alice");
    const created = await c.call("CreateSession", { data: { theme: "dark", cart: "3" }, ttl: seconds(60) });
    // The id names its organisation (see sessionId in tenancy.ts), then 128 random bits.
    assert.match(created.session_id, new RegExp(`^${orgToken(org)}\\.[A-Za-z0-9_-]{22}$`));
    const expiresAt = epochMs(created.expires_at);
    assert.ok(expiresAt > Date.now() + 55_000 && expiresAt <= Date.now() + 60_000);

    const got = await c.call("GetSession", { session_id: created.session_id });
    assert.equal(got.found, true);
    assert.equal(got.session.session_id, created.session_id);
    assert.equal(got.session.user_id, "alice");
    assert.deepEqual(got.session.data, { theme: "dark", cart: "3" });
    assert.ok(epochMs(got.session.last_accessed) >= epochMs(got.session.created_at));

    // Let the session near its end, then extend: the TTL goes back to the original 60 s.
    const key = redisInternalKey("session", { org, user: "alice" }, created.session_id);
    await redis.pexpire(key, 5000);
    const merged = await c.call("UpdateSession", { session_id: created.session_id, data: { cart: "4", lang: "en" } });
    assert.equal(merged.success, true);
    assert.ok((await redis.pttl(key)) <= 5000);
    const extended = await c.call("UpdateSession", { session_id: created.session_id, data: {}, extend_ttl: true });
    assert.equal(extended.success, true);
    assert.ok((await redis.pttl(key)) > 55_000);

    const after = await c.call("GetSession", { session_id: created.session_id });
    assert.deepEqual(after.session.data, { theme: "dark", cart: "4", lang: "en" });

    assert.equal((await c.call("DeleteSession", { session_id: created.session_id })).success, true);
    assert.equal((await c.call("DeleteSession", { session_id: created.session_id })).success, false);
    assert.deepEqual(await c.call("GetSession", { session_id: created.session_id }), { found: false, session: null });
    const missing = await c.call("UpdateSession", { session_id: created.session_id, data: { a: "b" } });
    assert.equal(missing.success, false);
    assert.equal(await redis.exists(key), 0);
  });

  test("a session without ttl lasts one hour", async () => {
    const c = await client(`org-${randomUUID()}`, "u");
    const created = await c.call("CreateSession", { data: { a: "1" } });
    const left = epochMs(created.expires_at) - Date.now();
    assert.ok(left > 3_590_000 && left <= 3_600_000);
  });

  test("ListSessions and GetSession see only the caller's sessions", async () => {
    const org = `org-${randomUUID()}`;
    const alice = await client(org, "alice");
    const bob = await client(org, "bob");
    const mallory = await client(`org-${randomUUID()}`, "alice");
    const a1 = await alice.call("CreateSession", { data: { n: "1" }, ttl: seconds(60) });
    const a2 = await alice.call("CreateSession", { data: { n: "2" }, ttl: seconds(60) });
    const b1 = await bob.call("CreateSession", { data: { n: "b" }, ttl: seconds(60) });

    const listed = (await alice.call("ListSessions", {})).sessions;
    assert.deepEqual(
      listed.map((s: { session_id: string; data: object }) => [s.session_id, s.data]).sort(),
      [
        [a1.session_id, { n: "1" }],
        [a2.session_id, { n: "2" }],
      ].sort(),
    );
    assert.ok(listed.every((s: { user_id: string }) => s.user_id === "alice"));
    assert.deepEqual(
      (await bob.call("ListSessions", {})).sessions.map((s: { session_id: string }) => s.session_id),
      [b1.session_id],
    );
    assert.deepEqual((await mallory.call("ListSessions", {})).sessions, []);

    assert.equal((await bob.call("GetSession", { session_id: a1.session_id })).found, false);
    // Another organisation's session id: refused outright, it names the organisation it is of.
    await assert.rejects(mallory.call("GetSession", { session_id: a1.session_id }), { code: status.PERMISSION_DENIED });
    assert.equal((await bob.call("DeleteSession", { session_id: a1.session_id })).success, false);
    assert.equal((await bob.call("UpdateSession", { session_id: a1.session_id, data: { x: "y" } })).success, false);
    assert.equal((await alice.call("GetSession", { session_id: a1.session_id })).session.data.n, "1");
  });

  test("a request naming another user is refused", async () => {
    const c = await client(`org-${randomUUID()}`, "alice");
    await assert.rejects(c.call("GetSession", { user_id: "bob", session_id: "x" }), { code: 7 });
  });
});
