/**
 * The sidecar on a 3-node NATS cluster with JetStream on each node: StreamConfig.replicas 3 makes
 * an R3 stream, --nats-bucket-replicas 3 makes R3 KV buckets and object stores, and kill -9 of the
 * node the sidecar is connected to, while it publishes to an R3 stream, costs no acknowledged
 * message: the sidecar reconnects by itself, calls in between fail UNAVAILABLE, and a consumer
 * afterwards receives every message whose PublishToStream answered OK.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { status } from "@grpc/grpc-js";
import { AckPolicy, type NatsConnection, connect as natsConnect } from "nats";
import { natsName } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import { type PrivateNatsCluster, startNatsCluster } from "../helpers/nats-cluster";
import { until } from "../helpers/redis-cluster";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SERVICE = "isa.nats.NATSService";
const ORG = "cluster-org";
const WORKERS = 3;
const SETTLED = 20;

let cluster: PrivateNatsCluster;
let sidecar: SidecarProcess;
let client: TestClient;

before(async () => {
  cluster = await startNatsCluster();
  sidecar = await startSidecar({ args: ["--nats-url", cluster.urls, "--nats-bucket-replicas", "3"] });
  await waitServing(sidecar, SERVICE);
  client = connect(sidecar.address, SERVICE, await sidecar.token(ORG, "u"));
});

after(async () => {
  client?.close();
  const code = await sidecar?.stop();
  await cluster?.dispose();
  assert.equal(code, 0);
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
});

/** A direct connection to the live nodes, for what JetStream itself holds. */
async function direct<T>(f: (nc: NatsConnection) => Promise<T>): Promise<T> {
  const live = cluster.nodes.filter((n) => n.child?.exitCode === null && n.child.signalCode === null);
  const nc = await natsConnect({ servers: live.map((n) => n.url) });
  try {
    return await f(nc);
  } finally {
    await nc.close();
  }
}

async function replicasOf(stream: string): Promise<{ configured: number; peers: number }> {
  return direct(async (nc) => {
    const info = await (await nc.jetstreamManager()).streams.info(stream);
    return { configured: info.config.num_replicas, peers: (info.cluster?.replicas?.length ?? 0) + 1 };
  });
}

test("replicas 3 makes an R3 stream; --nats-bucket-replicas 3 makes R3 KV buckets and object stores", async () => {
  await client.call("CreateStream", { config: { name: "orders", subjects: ["orders.>"], replicas: 3 } });
  assert.deepEqual(await replicasOf(natsName(ORG, "orders")), { configured: 3, peers: 3 });
  await client.call("KVPut", { bucket: "settings", key: "k", value: Buffer.from("v") });
  assert.deepEqual(await replicasOf(`KV_${natsName(ORG, "settings")}`), { configured: 3, peers: 3 });
  await client.call("ObjectPut", { bucket: "files", object_name: "a.txt", data: Buffer.from("hello") });
  assert.deepEqual(await replicasOf(`OBJ_${natsName(ORG, "files")}`), { configured: 3, peers: 3 });
});

test("kill -9 of the sidecar's node while publishing to an R3 stream: UNAVAILABLE in between, no OK message lost", async (t) => {
  await client.call("CreateStream", { config: { name: "events", subjects: ["events"], replicas: 3 } });
  const acknowledged: string[] = [];
  const failures = new Map<string, number>();
  let killedAt = Number.POSITIVE_INFINITY;
  let lastFailure = 0;
  let okInARow = 0;
  let reconnected = false;
  let giveUpAt = Number.POSITIVE_INFINITY;
  const work = async (worker: number) => {
    for (let i = 0; !(reconnected && okInARow >= SETTLED) && Date.now() < giveUpAt; i++) {
      const payload = `${worker}-${i}`;
      const start = Date.now();
      try {
        await client.call("PublishToStream", { stream_name: "events", subject: "events", data: Buffer.from(payload) });
        acknowledged.push(payload);
        if (start > killedAt) okInARow++;
      } catch (err) {
        const e = err as { code: number; details: string };
        const what = `${status[e.code]} ${e.details}`;
        failures.set(what, (failures.get(what) ?? 0) + 1);
        lastFailure = Date.now();
        okInARow = 0;
        // A client backs off before retrying; failing in a tight loop would only burn CPU.
        await sleep(20);
      }
    }
  };
  const running = Array.from({ length: WORKERS }, (_, w) => work(w));
  await until("publishes acknowledged before the kill", async () => acknowledged.length >= 30);
  const victim = await cluster.connectedTo();
  assert.ok(victim, "the sidecar is connected to a node");
  killedAt = Date.now();
  await cluster.kill(victim);
  await until("the sidecar connected to another node", async () => (await cluster.connectedTo()) !== undefined);
  reconnected = true;
  giveUpAt = Date.now() + 30_000;
  await Promise.all(running);

  t.diagnostic(`failures: ${JSON.stringify([...failures])}`);
  t.diagnostic(
    `reconnect window: ${Math.max(0, lastFailure - killedAt)} ms from kill -9 to the last failed call; ${acknowledged.length} publishes acknowledged`,
  );
  assert.ok(okInARow >= SETTLED, "publishes succeed again after the reconnect");
  for (const what of failures.keys()) assert.match(what, /^UNAVAILABLE /);

  // Every acknowledged message is in the stream: read it all with a consumer on the survivors, once
  // they have a JetStream meta leader again (the killed node may have been it).
  // Until then JetStream API requests time out: the read is retried, reading the stream anew.
  await cluster.waitReady();
  let received: string[] = [];
  /** One attempt: an ephemeral pull consumer (no acks) over the whole stream, bounded in time. */
  const read = () =>
    direct(async (nc) => {
      const jsm = await nc.jetstreamManager();
      const stream = natsName(ORG, "events");
      const total = (await jsm.streams.info(stream)).state.messages;
      const { name } = await jsm.consumers.add(stream, { ack_policy: AckPolicy.None, inactive_threshold: 30e9 });
      const consumer = await nc.jetstream().consumers.get(stream, name);
      const payloads: string[] = [];
      for (let round = 0; payloads.length < total; round++) {
        if (round === 5) throw new Error(`read ${payloads.length} of ${total} messages`);
        for await (const m of await consumer.fetch({ max_messages: total - payloads.length, expires: 5000 })) {
          payloads.push(m.string());
        }
      }
      return payloads;
    });
  await until(
    "a consumer reading the whole stream",
    async () => {
      received = await read();
      return true;
    },
    60_000,
  );
  const counts = new Map<string, number>();
  for (const p of received) counts.set(p, (counts.get(p) ?? 0) + 1);
  const duplicates = [...counts.values()].filter((c) => c > 1).length;
  const lost = acknowledged.filter((p) => !counts.has(p));
  t.diagnostic(
    `consumer received ${received.length} messages: ${duplicates} duplicated, ${lost.length} acknowledged lost`,
  );
  assert.deepEqual(lost, [], "every message whose publish answered OK is in the stream");
});
