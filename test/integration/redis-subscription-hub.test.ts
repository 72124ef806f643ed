/**
 * The shared subscriber connection (sidecar/services/redis/subscriptions.ts) against the real
 * Redis, at the moments where the order of (un)subscribe commands used to break: while the
 * connection is still in its handshake, and a pattern left and taken again in one tick. Each
 * moment is reached by awaiting the connection's own events, not by timing.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterEach, test } from "node:test";
import Redis from "ioredis";
import pino from "pino";
import { connectRedis, type RedisBackend, translateRedisError } from "../../sidecar/backends/redis";
import { type Delivery, SubscriptionHub } from "../../sidecar/services/redis/subscriptions";
import { freePort } from "../helpers/ports";

const URL = "redis://127.0.0.1:6379";
const silent = pino({ level: "silent" });
let opened: { backend: RedisBackend; publisher: Redis }[] = [];

afterEach(async () => {
  for (const { backend, publisher } of opened) {
    publisher.disconnect();
    await backend.close();
  }
  opened = [];
});

function open() {
  const backend = connectRedis({ kind: "single", url: URL }, silent, () => undefined);
  const publisher = new Redis(URL);
  opened.push({ backend, publisher });
  return { backend, publisher, hub: new SubscriptionHub(backend) };
}

/** A listener and the messages it received. */
function listener(): { deliver: Delivery; got: string[] } {
  const got: string[] = [];
  return { deliver: (_channel, message) => got.push(message), got };
}

const name = (label: string) => `hub-test:${randomUUID()}:${label}`;

test("a subscription asked for during the connection's handshake waits for it; every one is confirmed", async () => {
  const { backend, publisher, hub } = open();
  const [first, second] = [name("first"), name("second")];
  const a = listener();
  const b = listener();
  const confirmedFirst = hub.add("channel", first, a.deliver);
  const subscriber = backend.subscriber();
  // Connected, handshake (CLIENT SETNAME, ready check) not yet answered: status "connect".
  await once(subscriber, "connect");
  assert.equal(subscriber.status, "connect");
  const confirmedSecond = hub.add("channel", second, b.deliver);
  await Promise.all([confirmedFirst, confirmedSecond]);
  assert.equal(await publisher.publish(first, "to-first"), 1);
  assert.equal(await publisher.publish(second, "to-second"), 1);
  // The hub's later commands are answered after the messages published before them.
  await hub.add("channel", name("barrier"), () => undefined);
  assert.deepEqual([a.got, b.got], [["to-first"], ["to-second"]]);
});

test("an unsubscribe asked for during the handshake does not overtake the subscribe before it", async () => {
  const { backend, publisher, hub } = open();
  const channel = name("left");
  const a = listener();
  const confirmed = hub.add("channel", channel, a.deliver);
  await once(backend.subscriber(), "connect");
  hub.remove("channel", channel, a.deliver);
  await confirmed;
  // A later command's confirmation means Redis has run every command before it.
  await hub.add("channel", name("barrier"), () => undefined);
  assert.equal(await publisher.publish(channel, "nobody"), 0, "Redis is no longer subscribed");
});

test("a pattern left and taken again in one tick stays subscribed", async () => {
  const { publisher, hub } = open();
  const prefix = name("p");
  const a = listener();
  const b = listener();
  await hub.add("pattern", `${prefix}:*`, a.deliver);
  hub.remove("pattern", `${prefix}:*`, a.deliver);
  const again = hub.add("pattern", `${prefix}:*`, b.deliver);
  await again;
  await hub.add("channel", name("barrier"), () => undefined);
  assert.equal(await publisher.publish(`${prefix}:x`, "m"), 1);
  await hub.add("channel", name("barrier"), () => undefined);
  assert.deepEqual([a.got, b.got], [[], ["m"]]);
});

test("a connection lost under pending commands is UNAVAILABLE, not an unknown error", async () => {
  // What ioredis rejects a command with when its connection fails before the answer.
  const nowhere = new Redis(`redis://127.0.0.1:${await freePort()}`, {
    maxRetriesPerRequest: 0,
    retryStrategy: () => 50,
  });
  nowhere.on("error", () => undefined);
  const lost = await nowhere.get("k").catch((err: Error) => err);
  nowhere.disconnect();
  assert.equal((lost as Error).name, "MaxRetriesPerRequestError");
  assert.equal(translateRedisError(lost)?.kind, "unavailable");
  assert.equal(translateRedisError(new Error("Ready check failed: ERR something"))?.kind, "unavailable");
  assert.equal(translateRedisError(new Error("Command aborted due to connection close"))?.kind, "unavailable");
});

test("with no Redis to connect to, a subscription fails UNAVAILABLE instead of waiting", async () => {
  const backend = connectRedis(
    { kind: "single", url: `redis://127.0.0.1:${await freePort()}` },
    silent,
    () => undefined,
  );
  try {
    const hub = new SubscriptionHub(backend);
    const deliver = () => undefined;
    await assert.rejects(hub.add("channel", name("nowhere"), deliver), { kind: "unavailable" });
    hub.remove("channel", name("nowhere"), deliver);
  } finally {
    await backend.close();
  }
});

test("across a Redis restart, a confirmed subscription is renewed and delivers again", async () => {
  const port = await freePort();
  const start = async () => {
    const child = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    // Ready once it says so on stdout.
    for await (const line of createInterface({ input: child.stdout! })) if (/Ready to accept/.test(line)) break;
    return child;
  };
  let server = await start();
  const url = `redis://127.0.0.1:${port}`;
  const backend = connectRedis({ kind: "single", url }, silent, () => undefined);
  const publisher = new Redis(url, { retryStrategy: () => 50 });
  publisher.on("error", () => undefined);
  try {
    const hub = new SubscriptionHub(backend);
    const channel = name("restart");
    const a = listener();
    await hub.add("channel", channel, a.deliver);
    const subscriber = backend.subscriber();
    const closed = once(subscriber, "close");
    server.kill("SIGKILL");
    await once(server, "exit");
    await closed;
    const ready = once(subscriber, "ready");
    server = await start();
    await ready;
    // ioredis renews the subscription on ready; a later hub command is answered after it.
    await hub.add("channel", name("barrier"), () => undefined);
    assert.equal(await publisher.publish(channel, "after-restart"), 1);
    await hub.add("channel", name("barrier"), () => undefined);
    assert.deepEqual(a.got, ["after-restart"]);
  } finally {
    publisher.disconnect();
    await backend.close();
    server.kill("SIGKILL");
    await once(server, "exit");
  }
});
