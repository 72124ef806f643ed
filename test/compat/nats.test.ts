/**
 * The isA SDK's NATS calls against the sidecar, asserting the fields the SDK reads
 * (CLIENT-SEMANTICS.md, NATS): `success` flags, KVGet `found`, KVPut revisions rising, the
 * PublishToStream sequence usable by AckMessage, Subscribe ended by an idempotent Unsubscribe,
 * names as the caller gave them, and the health answer.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { bothFields, collect, type SdkClient, sdkClient } from "../helpers/compat";
import { deleteOrgJetStream, NATS_SERVICE, startNatsSidecar } from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

const data = (s: string) => Buffer.from(s);

describe("isA SDK compatibility: NATS", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let sdk: SdkClient;

  before(async () => {
    proc = await startNatsSidecar();
    sdk = await sdkClient(proc, NATS_SERVICE, bothFields);
  });
  after(async () => {
    await deleteOrgJetStream([sdk.org]);
    sdk.close();
    await proc.stop();
  });

  it("Publish reaches a Subscribe stream by the caller's subject; Unsubscribe ends it OK, and is idempotent", async () => {
    const sub = collect(sdk.stream("Subscribe", { subject: "events.*" }));
    // Published until the subscription is live.
    for (let i = 0; sub.messages.length === 0; i++) {
      if (i === 500) throw new Error("the subscription never received a message");
      assert.equal((await sdk.call("Publish", { subject: "events.created", data: data(`e${i}`) })).success, true);
    }
    assert.equal(sub.messages[0].subject, "events.created");
    assert.deepEqual(await sdk.call("Unsubscribe", { subject: "events.*" }), { success: true });
    assert.equal(await sub.ended, 0);
    assert.deepEqual(await sdk.call("Unsubscribe", { subject: "events.*" }), { success: true });
    assert.deepEqual(await sdk.call("Unsubscribe", { subject: "never.subscribed" }), { success: true });
  });

  it("a delivered reply_to is publishable by the same caller (request/reply)", async () => {
    const responder = collect(sdk.stream("Subscribe", { subject: "svc.echo" }));
    // The responder answers every request it sees, by publishing to its reply_to.
    const answers: Promise<boolean>[] = [];
    responder.stream.on("data", (req: { reply_to: string; data: Buffer }) => {
      answers.push(sdk.call("Publish", { subject: req.reply_to, data: req.data }).then((r) => r.success));
    });
    // Until the responder is live a Request times out; then it is answered.
    let reply: { success: boolean; data: Buffer } | undefined;
    for (let i = 0; !reply?.success; i++) {
      if (i === 50) throw new Error("the responder never answered");
      reply = await sdk
        .call("Request", { subject: "svc.echo", data: data("ping"), timeout: { seconds: 1 } })
        .catch(() => undefined);
    }
    assert.equal(reply.data.toString(), "ping");
    assert.ok((await Promise.all(answers)).every((ok) => ok));
    await sdk.call("Unsubscribe", { subject: "svc.echo" });
    assert.equal(await responder.ended, 0);
  });

  it("KVPut revisions rise; KVGet is found true, then found false for a missing key", async () => {
    const first = await sdk.call("KVPut", { bucket: "settings", key: "theme", value: data("dark") });
    const second = await sdk.call("KVPut", { bucket: "settings", key: "theme", value: data("light") });
    assert.deepEqual([first.success, second.success], [true, true]);
    assert.ok(Number(second.revision) > Number(first.revision));
    const got = await sdk.call("KVGet", { bucket: "settings", key: "theme" });
    assert.deepEqual([got.found, got.value.toString(), got.revision], [true, "light", second.revision]);
    assert.equal((await sdk.call("KVGet", { bucket: "settings", key: "missing" })).found, false);
    assert.equal((await sdk.call("KVGet", { bucket: "no-bucket", key: "k" })).found, false);
  });

  it("the sequence PublishToStream returns is what AckMessage takes", async () => {
    const created = await sdk.call("CreateStream", {
      config: { name: "jobs", subjects: ["jobs.>"], storage: "STORAGE_MEMORY" },
    });
    assert.equal(created.success, true);
    assert.equal(created.stream.name, "jobs");
    const consumer = await sdk.call("CreateConsumer", {
      stream_name: "jobs",
      config: { durable_name: "worker", ack_policy: "ACK_EXPLICIT" },
    });
    assert.equal(consumer.success, true);
    const published = await sdk.call("PublishToStream", {
      stream_name: "jobs",
      subject: "jobs.build",
      data: data("1"),
    });
    assert.equal(published.success, true);
    const pulled = await sdk.call("PullMessages", {
      stream_name: "jobs",
      consumer_name: "worker",
      batch_size: 1,
      max_wait: { seconds: 5 },
    });
    assert.equal(pulled.messages.length, 1);
    assert.deepEqual([pulled.messages[0].subject, pulled.messages[0].sequence], ["jobs.build", published.sequence]);
    const ack = { stream_name: "jobs", consumer_name: "worker", sequence: published.sequence };
    assert.deepEqual(await sdk.call("AckMessage", ack), { success: true });
  });

  it("HealthCheck: healthy, nats_status connected, jetstream_enabled", async () => {
    const res = await sdk.call("HealthCheck", { deep_check: true });
    assert.deepEqual([res.healthy, res.nats_status, res.jetstream_enabled], [true, "connected", true]);
  });
});
