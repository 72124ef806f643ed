/**
 * Publish / Subscribe / Unsubscribe of isa.redis.RedisService against the real Redis, through a
 * real sidecar: tenant confinement of channels, patterns, stream endings and clean-up.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import Redis from "ioredis";
import { redisKey } from "../../sidecar/tenancy";
import { connect, type Message, type TestClient } from "../helpers/client";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.redis.RedisService";
/** Published until a stream is known to listen; the streams below leave these out. */
const PROBE = "probe";

let sidecar: SidecarProcess;
const clients: TestClient[] = [];

before(async () => {
  sidecar = await startSidecar();
  await waitServing(sidecar, SERVICE);
});

after(async () => {
  for (const c of clients) c.close();
  assert.equal(await sidecar.stop(), 0);
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
});

async function client(org: string, user: string): Promise<TestClient> {
  const c = connect(sidecar.address, SERVICE, await sidecar.token(org, user));
  clients.push(c);
  return c;
}

interface Received {
  readonly messages: { channel: string; message: string; timestamp: { seconds: string } }[];
  /** The stream's final status code (0 = OK). */
  readonly ended: Promise<number>;
  readonly raw: Message;
  waitFor(message: string): Promise<{ channel: string; message: string }>;
  /** Publishes probes on `channel` until this stream receives one: it listens from then on. */
  listening(publisher: TestClient, channel: string): Promise<void>;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 10));

/** Opens a Subscribe stream and collects what it delivers, probes left out. */
function subscribe(c: TestClient, channels: string[]): Received {
  const raw = c.stream("Subscribe", { channels });
  const messages: Received["messages"] = [];
  let probes = 0;
  raw.on("data", (m: Received["messages"][number]) => {
    if (m.message === PROBE) probes++;
    else messages.push(m);
  });
  const ended = new Promise<number>((resolve) => {
    raw.on("error", (err: { code: number }) => resolve(err.code));
    raw.on("status", (s: { code: number }) => resolve(s.code));
  });
  return {
    messages,
    ended,
    raw,
    async waitFor(message) {
      for (let i = 0; i < 500; i++) {
        const found = messages.find((m) => m.message === message);
        if (found) return found;
        await pause();
      }
      throw new Error(`"${message}" never arrived; got ${JSON.stringify(messages)}`);
    },
    async listening(publisher, channel) {
      for (let i = 0; probes === 0 && i < 500; i++) {
        await publisher.call("Publish", { channel, message: PROBE });
        await pause();
      }
      if (probes === 0) throw new Error(`the stream never received a message on ${channel}`);
    },
  };
}

/** Publishes until Redis counts no subscriber on the channel (the streams' clean-up is asynchronous). */
async function untilNoSubscriber(c: TestClient, channel: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if ((await c.call("Publish", { channel, message: PROBE })).subscriber_count === 0) return;
    await pause();
  }
  throw new Error(`channel ${channel} kept its subscribers`);
}

test("a message published by another client of the tenant arrives with the caller's channel name", async () => {
  const org = `org-${randomUUID()}`;
  const publisher = await client(org, "u");
  const stream = subscribe(await client(org, "u"), ["chat"]);
  await stream.listening(publisher, "chat");

  assert.equal((await publisher.call("Publish", { channel: "chat", message: "hello" })).subscriber_count, 1);
  const got = await stream.waitFor("hello");
  assert.equal(got.channel, "chat");
  assert.ok(Math.abs(Number(stream.messages[0].timestamp.seconds) - Date.now() / 1000) < 60);

  // The same channel name in another org, or for another user, is another channel.
  const stranger = await client(`org-${randomUUID()}`, "u");
  assert.equal((await stranger.call("Publish", { channel: "chat", message: "from-other-org" })).subscriber_count, 0);
  const colleague = await client(org, "other-user");
  assert.equal((await colleague.call("Publish", { channel: "chat", message: "from-other-user" })).subscriber_count, 0);
  await publisher.call("Publish", { channel: "chat", message: "marker" });
  await stream.waitFor("marker");
  assert.deepEqual(
    stream.messages.map((m) => m.message),
    ["hello", "marker"],
  );
  stream.raw.cancel();
  assert.equal(await stream.ended, 1);
});

test("a pattern subscription receives matching channels only, named without the prefix", async () => {
  const org = `org-${randomUUID()}`;
  const publisher = await client(org, "u");
  const stream = subscribe(await client(org, "u"), ["news.*"]);
  await stream.listening(publisher, "news.probe");

  assert.equal((await publisher.call("Publish", { channel: "news.sport", message: "goal" })).subscriber_count, 1);
  assert.equal((await publisher.call("Publish", { channel: "weather", message: "rain" })).subscriber_count, 0);
  const stranger = await client(`org-${randomUUID()}`, "u");
  assert.equal((await stranger.call("Publish", { channel: "news.sport", message: "foreign" })).subscriber_count, 0);
  await publisher.call("Publish", { channel: "news.tech", message: "chip" });
  await stream.waitFor("chip");
  assert.deepEqual(
    stream.messages.map((m) => [m.channel, m.message]),
    [
      ["news.sport", "goal"],
      ["news.tech", "chip"],
    ],
  );
  stream.raw.cancel();
  await stream.ended;
});

test("streams share one subscriber connection, and cancelling them unsubscribes from Redis", async () => {
  const org = `org-${randomUUID()}`;
  const publisher = await client(org, "u");
  const first = subscribe(await client(org, "u"), ["room"]);
  const second = subscribe(await client(org, "u"), ["room"]);
  await first.listening(publisher, "room");
  await second.listening(publisher, "room");
  // Two streams, one subscriber connection in Redis.
  assert.equal((await publisher.call("Publish", { channel: "room", message: "both" })).subscriber_count, 1);
  await first.waitFor("both");
  await second.waitFor("both");

  first.raw.cancel();
  assert.equal(await first.ended, 1);
  await publisher.call("Publish", { channel: "room", message: "after-first-left" });
  await second.waitFor("after-first-left");
  second.raw.cancel();
  assert.equal(await second.ended, 1);
  await untilNoSubscriber(publisher, "room");
});

test("Unsubscribe ends the caller's matching streams with OK, and only the caller's", async () => {
  const org = `org-${randomUUID()}`;
  const caller = await client(org, "u");
  const colleague = await client(org, "other");
  const one = subscribe(caller, ["a"]);
  const both = subscribe(caller, ["a", "b"]);
  const theirs = subscribe(colleague, ["a"]);
  await one.listening(caller, "a");
  await both.listening(caller, "b");
  await theirs.listening(colleague, "a");

  assert.deepEqual(await caller.call("Unsubscribe", { channels: ["a"] }), { success: true });
  assert.equal(await one.ended, 0);
  // A stream with channels left keeps them.
  await caller.call("Publish", { channel: "b", message: "still-on-b" });
  await both.waitFor("still-on-b");
  assert.equal((await caller.call("Publish", { channel: "a", message: "nobody" })).subscriber_count, 0);

  // An empty list ends all of the caller's streams; another user's stream stays.
  assert.deepEqual(await caller.call("Unsubscribe", { channels: [] }), { success: true });
  assert.equal(await both.ended, 0);
  // Idempotent: with nothing open it is still success.
  assert.deepEqual(await caller.call("Unsubscribe", { channels: ["a"] }), { success: true });
  await colleague.call("Publish", { channel: "a", message: "theirs" });
  await theirs.waitFor("theirs");
  theirs.raw.cancel();
  await theirs.ended;
});

test("a reader that falls far behind is ended with RESOURCE_EXHAUSTED", async () => {
  const org = `org-${randomUUID()}`;
  const publisher = await client(org, "u");
  const stream = subscribe(await client(org, "u"), ["firehose"]);
  await stream.listening(publisher, "firehose");
  stream.raw.pause();
  // Published straight into Redis (on the tenant's channel) to flood faster than one call at a time;
  // 8 MB in all, well under Redis's own 32 MB limit on a subscriber connection's output buffer.
  const redis = new Redis("redis://127.0.0.1:6379");
  const payload = "x".repeat(2048);
  const pipeline = redis.pipeline();
  for (let i = 0; i < 4000; i++) pipeline.publish(redisKey({ org, user: "u" }, "firehose"), payload);
  await pipeline.exec();
  redis.disconnect();
  stream.raw.resume();
  assert.equal(await stream.ended, 8);
  assert.ok(stream.messages.length < 4000);
});

test("bad requests are refused", async () => {
  const c = await client(`org-${randomUUID()}`, "u");
  assert.equal(await subscribe(c, []).ended, 3);
  assert.equal(await subscribe(c, ["ok", ""]).ended, 3);
  await assert.rejects(c.call("Publish", { channel: "", message: "m" }), { code: 3 });
});

test("Subscribe, Publish and Unsubscribe at once on a fresh sidecar end every stream OK", async () => {
  // A fresh sidecar: its subscriber connection is opened by these streams, so their SUBSCRIBEs and
  // the UNSUBSCRIBEs meet the connection's handshake (redis-subscription-hub.test.ts pins that).
  const fresh = await startSidecar();
  await waitServing(fresh, SERVICE);
  const c = connect(fresh.address, SERVICE, await fresh.token(`org-${randomUUID()}`, "u"));
  try {
    const channels = ["one", "two", "three.*"];
    const streams = channels.map((ch) => c.stream("Subscribe", { channels: [ch] }));
    const ended = streams.map(
      (s: Message) =>
        new Promise<number>((resolve) => {
          s.on("data", () => undefined);
          s.on("error", (err: { code: number }) => resolve(err.code));
          s.on("status", (st: { code: number }) => resolve(st.code));
        }),
    );
    // Each stream is registered once Redis counts it; Unsubscribe follows at once.
    for (const ch of ["one", "two", "three.x"]) {
      for (let i = 0; (await c.call("Publish", { channel: ch, message: "m" })).subscriber_count === 0; i++) {
        if (i === 500) throw new Error(`nobody subscribed to ${ch}`);
      }
    }
    await Promise.all(channels.map((ch) => c.call("Unsubscribe", { channels: [ch] })));
    assert.deepEqual(await Promise.all(ended), [0, 0, 0]);
  } finally {
    c.close();
    assert.equal(await fresh.stop(), 0);
  }
  assert.doesNotMatch(fresh.output(), /"code":"INTERNAL"/);
});
