/** JetStream through the sidecar: streams, consumers, publish, pull, ack, nak, redelivery, statistics. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { connect as natsConnect } from "nats";
import { orgToken } from "../../sidecar/tenancy";
import {
  deleteOrgJetStream,
  eventually,
  natsClient,
  type OrgClient,
  SHARED_NATS_URL,
  startNatsSidecar,
} from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

const data = (s: string) => Buffer.from(s);

describe("NATS JetStream", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let a: OrgClient;

  const pull = (stream_name: string, consumer_name: string, batch_size: number, maxWaitMs = 0) =>
    a.call("PullMessages", {
      stream_name,
      consumer_name,
      batch_size,
      max_wait: { seconds: Math.floor(maxWaitMs / 1000), nanos: (maxWaitMs % 1000) * 1e6 },
    });
  const createConsumer = (stream_name: string, config: object) => a.call("CreateConsumer", { stream_name, config });

  before(async () => {
    proc = await startNatsSidecar();
    a = await natsClient(proc);
  });
  after(async () => {
    await deleteOrgJetStream([a.org]);
    a.close();
    await proc.stop();
  });

  it("creates a stream with the contract's config and reports it back, confined", async () => {
    const res = await a.call("CreateStream", {
      config: {
        name: "orders",
        subjects: ["orders.>"],
        storage: "STORAGE_MEMORY",
        max_msgs: 1000,
        max_bytes: "1048576",
        max_age: { seconds: 3600 },
        max_msg_size: 4096,
        replicas: 1,
      },
    });
    assert.equal(res.success, true);
    assert.equal(res.message, "created");
    assert.deepEqual(res.stream.config, {
      name: "orders",
      subjects: ["orders.>"],
      storage: "STORAGE_MEMORY",
      max_msgs: 1000,
      max_bytes: "1048576",
      max_age: { seconds: "3600", nanos: 0 },
      max_msg_size: 4096,
      replicas: 1,
      discard_new_per_subject: false,
    });
    assert.equal(res.stream.name, "orders");
    assert.equal(res.stream.state.messages, "0");

    // What NATS itself holds: the org-prefixed name and subjects.
    const nc = await natsConnect({ servers: SHARED_NATS_URL });
    const info = await (await nc.jetstreamManager()).streams.info(`${orgToken(a.org)}_orders`);
    assert.deepEqual(info.config.subjects, [`${orgToken(a.org)}.orders.>`]);
    assert.equal(info.config.max_age, 3600e9);
    await nc.close();

    await assert.rejects(a.call("CreateStream", { config: { name: "orders", subjects: ["orders.>"] } }), {
      code: status.ALREADY_EXISTS,
    });
    await assert.rejects(a.call("CreateStream", { config: { name: "dup", subjects: ["orders.eu"] } }), {
      code: status.FAILED_PRECONDITION,
    });
    await assert.rejects(a.call("CreateStream", { config: { name: "bad.name", subjects: ["x"] } }), {
      code: status.INVALID_ARGUMENT,
    });
    await assert.rejects(a.call("CreateStream", { config: { name: "r3", subjects: ["r3"], replicas: 3 } }), {
      code: status.INVALID_ARGUMENT,
    });
  });

  it("a stream without subjects captures its own name, inside the org", async () => {
    const res = await a.call("CreateStream", { config: { name: "plain" } });
    assert.deepEqual(res.stream.config.subjects, ["plain"]);
    assert.equal(res.stream.config.storage, "STORAGE_FILE");
    assert.equal(res.stream.config.max_msgs, 0);
    const ack = await a.call("PublishToStream", { stream_name: "plain", subject: "plain", data: data("p") });
    assert.equal(ack.sequence, "1");
    assert.deepEqual(await a.call("DeleteStream", { stream_name: "plain" }), { success: true });
    await assert.rejects(a.call("GetStreamInfo", { stream_name: "plain" }), { code: status.NOT_FOUND });
    await assert.rejects(a.call("DeleteStream", { stream_name: "plain" }), { code: status.NOT_FOUND });
  });

  it("updates limits and subjects, lists and describes only the org's streams", async () => {
    const res = await a.call("UpdateStream", {
      stream_name: "orders",
      config: { subjects: ["orders.>", "refunds.*"], max_msgs: 500, discard_new_per_subject: true },
    });
    assert.equal(res.success, true);
    assert.deepEqual(res.stream.config.subjects, ["orders.>", "refunds.*"]);
    assert.equal(res.stream.config.max_msgs, 500);
    assert.equal(res.stream.config.max_bytes, "0");
    assert.equal(res.stream.config.storage, "STORAGE_MEMORY");
    assert.equal(res.stream.config.discard_new_per_subject, true);
    await assert.rejects(a.call("UpdateStream", { stream_name: "orders", config: { name: "other" } }), {
      code: status.INVALID_ARGUMENT,
    });
    await assert.rejects(a.call("UpdateStream", { stream_name: "nope", config: {} }), { code: status.NOT_FOUND });

    const { streams } = await a.call("ListStreams", {});
    assert.deepEqual(
      streams.map((s: { name: string }) => s.name),
      ["orders"],
    );
    const { stream } = await a.call("GetStreamInfo", { stream_name: "orders" });
    assert.equal(stream.name, "orders");
    assert.equal(stream.config.max_msgs, 500);
  });

  it("PublishToStream returns real sequences and de-duplicates on a message id", async () => {
    const first = await a.call("PublishToStream", {
      stream_name: "orders",
      subject: "orders.eu",
      data: data("o1"),
      headers: { "Nats-Msg-Id": "order-1", "X-Kind": "new" },
    });
    assert.equal(first.success, true);
    assert.equal(first.sequence, "1");
    assert.equal(first.message, "stored");
    const again = await a.call("PublishToStream", {
      stream_name: "orders",
      subject: "orders.eu",
      data: data("o1"),
      headers: { "Nats-Msg-Id": "order-1" },
    });
    assert.equal(again.sequence, "1");
    assert.match(again.message, /^duplicate/);
    const second = await a.call("PublishToStream", { stream_name: "orders", subject: "orders.us", data: data("o2") });
    assert.equal(second.sequence, "2");
    const refund = await a.call("PublishToStream", { stream_name: "orders", subject: "refunds.r1", data: data("r1") });
    assert.equal(refund.sequence, "3");
    await assert.rejects(a.call("PublishToStream", { stream_name: "orders", subject: "elsewhere", data: data("x") }), {
      code: status.NOT_FOUND,
    });
    const { stream } = await a.call("GetStreamInfo", { stream_name: "orders" });
    assert.equal(stream.state.messages, "3");
    assert.equal(stream.state.first_seq, "1");
    assert.equal(stream.state.last_seq, "3");
    assert.equal(stream.state.num_subjects, 3);
  });

  it("creates, describes, lists and deletes consumers with the contract's config", async () => {
    const res = await createConsumer("orders", {
      durable_name: "billing",
      filter_subject: "orders.>",
      delivery_policy: "DELIVERY_BY_START_SEQUENCE",
      opt_start_seq: "2",
      ack_policy: "ACK_EXPLICIT",
      ack_wait: { seconds: 30 },
      max_deliver: 5,
      replay_policy: "REPLAY_INSTANT",
    });
    assert.equal(res.success, true);
    assert.equal(res.consumer.stream_name, "orders");
    assert.equal(res.consumer.name, "billing");
    assert.deepEqual(res.consumer.config, {
      name: "billing",
      durable_name: "billing",
      filter_subject: "orders.>",
      delivery_policy: "DELIVERY_BY_START_SEQUENCE",
      ack_policy: "ACK_EXPLICIT",
      ack_wait: { seconds: "30", nanos: 0 },
      max_deliver: 5,
      replay_policy: "REPLAY_INSTANT",
      opt_start_seq: "2",
      opt_start_time: null,
    });
    assert.equal(res.consumer.state.num_pending, "1");
    await assert.rejects(createConsumer("orders", { durable_name: "billing" }), { code: status.ALREADY_EXISTS });
    await assert.rejects(createConsumer("nope", { durable_name: "x" }), { code: status.NOT_FOUND });
    await assert.rejects(createConsumer("orders", { name: "a", durable_name: "b" }), { code: status.INVALID_ARGUMENT });
    await assert.rejects(createConsumer("orders", { durable_name: "" }), { code: status.INVALID_ARGUMENT });

    const since = new Date(Date.now() - 60_000);
    const timed = await createConsumer("orders", {
      name: "audit",
      delivery_policy: "DELIVERY_BY_START_TIME",
      opt_start_time: { seconds: Math.floor(since.getTime() / 1000) },
      ack_policy: "ACK_NONE",
    });
    assert.equal(timed.consumer.config.delivery_policy, "DELIVERY_BY_START_TIME");
    assert.equal(timed.consumer.config.opt_start_time.seconds, String(Math.floor(since.getTime() / 1000)));
    assert.equal(timed.consumer.state.num_pending, "3");

    const { consumers } = await a.call("ListConsumers", { stream_name: "orders" });
    assert.deepEqual(consumers.map((c: { name: string }) => c.name).sort(), ["audit", "billing"]);
    const { consumer } = await a.call("GetConsumerInfo", { stream_name: "orders", consumer_name: "audit" });
    assert.equal(consumer.config.ack_policy, "ACK_NONE");
    assert.deepEqual(await a.call("DeleteConsumer", { stream_name: "orders", consumer_name: "audit" }), {
      success: true,
    });
    await assert.rejects(a.call("GetConsumerInfo", { stream_name: "orders", consumer_name: "audit" }), {
      code: status.NOT_FOUND,
    });
  });

  it("pulls real messages, acks them, and an unknown or acked sequence is NOT_FOUND", async () => {
    const { messages } = await pull("orders", "billing", 10);
    assert.equal(messages.length, 1);
    const [m] = messages;
    assert.equal(m.subject, "orders.us");
    assert.equal(m.data.toString(), "o2");
    assert.equal(m.sequence, "2");
    assert.equal(m.num_delivered, 1);
    assert.ok(Number(m.timestamp.seconds) > 0);

    const ack = { stream_name: "orders", consumer_name: "billing", sequence: "2" };
    assert.deepEqual(await a.call("AckMessage", ack), { success: true });
    await assert.rejects(a.call("AckMessage", ack), { code: status.NOT_FOUND });
    await assert.rejects(a.call("AckMessage", { ...ack, sequence: "1" }), { code: status.NOT_FOUND });
    await assert.rejects(a.call("NakMessage", { ...ack, sequence: "99" }), { code: status.NOT_FOUND });
    const { consumer } = await a.call("GetConsumerInfo", { stream_name: "orders", consumer_name: "billing" });
    // The floor may pass over refunds.r1 (seq 3), which the consumer's filter skips.
    assert.ok(Number(consumer.state.ack_floor_seq) >= 2);
    assert.equal(consumer.state.num_pending, "0");
    assert.equal(consumer.state.num_redelivered, "0");
    assert.deepEqual((await pull("orders", "billing", 10)).messages, []);
  });

  it("a nakked message is redelivered, also after a nak delay", async () => {
    await a.call("PublishToStream", { stream_name: "orders", subject: "orders.eu", data: data("o4") });
    const [m] = (await pull("orders", "billing", 1, 2000)).messages;
    assert.equal(m.sequence, "4");
    const key = { stream_name: "orders", consumer_name: "billing", sequence: "4" };
    assert.deepEqual(await a.call("NakMessage", key), { success: true });
    const [again] = (await pull("orders", "billing", 1, 5000)).messages;
    assert.equal(again.sequence, "4");
    assert.equal(again.num_delivered, 2);

    assert.deepEqual(await a.call("NakMessage", { ...key, delay: { nanos: 500_000_000 } }), { success: true });
    const [third] = (await pull("orders", "billing", 1, 5000)).messages;
    assert.equal(third.sequence, "4");
    assert.equal(third.num_delivered, 3);
    await a.call("AckMessage", key);
  });

  it("a message not acked within the ack wait is redelivered; an ack after the ack wait is NOT_FOUND", async () => {
    await a.call("CreateStream", { config: { name: "tasks", subjects: ["tasks.>"], storage: "STORAGE_MEMORY" } });
    await createConsumer("tasks", { durable_name: "worker", ack_wait: { seconds: 1 } });
    await a.call("PublishToStream", { stream_name: "tasks", subject: "tasks.t1", data: data("t1") });
    const [first] = (await pull("tasks", "worker", 1)).messages;
    assert.equal(first.num_delivered, 1);
    const [redelivered] = (await pull("tasks", "worker", 1, 8000)).messages;
    assert.equal(redelivered.sequence, first.sequence);
    assert.equal(redelivered.num_delivered, 2);
    assert.deepEqual(
      await a.call("AckMessage", { stream_name: "tasks", consumer_name: "worker", sequence: first.sequence }),
      { success: true },
    );
    assert.deepEqual((await pull("tasks", "worker", 1)).messages, []);

    await a.call("PublishToStream", { stream_name: "tasks", subject: "tasks.late", data: data("late") });
    const [late] = (await pull("tasks", "worker", 1)).messages;
    await new Promise((r) => setTimeout(r, 1200));
    const lateKey = { stream_name: "tasks", consumer_name: "worker", sequence: late.sequence };
    await assert.rejects(a.call("AckMessage", lateKey), { code: status.NOT_FOUND });
    const [lateAgain] = (await pull("tasks", "worker", 1, 8000)).messages;
    assert.equal(lateAgain.sequence, late.sequence);
    assert.equal(lateAgain.num_delivered, 2);
    assert.deepEqual(await a.call("AckMessage", lateKey), { success: true });
  });

  it("an ack-all consumer acknowledges everything up to the acked sequence", async () => {
    await createConsumer("tasks", { durable_name: "batcher", ack_policy: "ACK_ALL" });
    for (const t of ["t2", "t3"])
      await a.call("PublishToStream", { stream_name: "tasks", subject: `tasks.${t}`, data: data(t) });
    const { messages } = await pull("tasks", "batcher", 10);
    assert.deepEqual(
      messages.map((m: { data: Buffer }) => m.data.toString()),
      ["t1", "late", "t2", "t3"],
    );
    await a.call("AckMessage", { stream_name: "tasks", consumer_name: "batcher", sequence: "4" });
    const { consumer } = await a.call("GetConsumerInfo", { stream_name: "tasks", consumer_name: "batcher" });
    assert.equal(consumer.state.ack_floor_seq, "4");
    await assert.rejects(a.call("AckMessage", { stream_name: "tasks", consumer_name: "batcher", sequence: "3" }), {
      code: status.NOT_FOUND,
    });
  });

  it("a consumer at its max_ack_pending (1000 by default) answers RESOURCE_EXHAUSTED until one is acked", async () => {
    await a.call("CreateStream", { config: { name: "bulk", subjects: ["bulk.>"], storage: "STORAGE_MEMORY" } });
    const { consumer } = await createConsumer("bulk", { durable_name: "slow" });
    const messages = Array.from({ length: 1001 }, (_, i) => ({ subject: "bulk.m", data: data(String(i)) }));
    await a.call("PublishBatch", { messages });
    await eventually(
      async () => (await a.call("GetStreamInfo", { stream_name: "bulk" })).stream.state.messages === "1001",
    );
    assert.equal(consumer.state.num_pending, "0");
    const first = await pull("bulk", "slow", 1000);
    assert.equal(first.messages.length, 1000);
    await assert.rejects(pull("bulk", "slow", 1), { code: status.RESOURCE_EXHAUSTED });
    await a.call("AckMessage", { stream_name: "bulk", consumer_name: "slow", sequence: "1" });
    const [last] = (await pull("bulk", "slow", 10)).messages;
    assert.equal(last.sequence, "1001");
    await a.call("DeleteStream", { stream_name: "bulk" });
  });

  it("purges a stream, all of it or one subject", async () => {
    await a.call("PublishToStream", { stream_name: "orders", subject: "refunds.r2", data: data("r2") });
    const bySubject = await a.call("PurgeStream", { stream_name: "orders", subject: "refunds.*" });
    assert.deepEqual(bySubject, { success: true, purged_count: "2" });
    const rest = await a.call("PurgeStream", { stream_name: "orders", subject: "" });
    assert.deepEqual(rest, { success: true, purged_count: "3" });
    const { stream } = await a.call("GetStreamInfo", { stream_name: "orders" });
    assert.equal(stream.state.messages, "0");
  });

  it("reports the org's own statistics, stream figures and health", async () => {
    await a.call("PublishToStream", { stream_name: "tasks", subject: "tasks.t4", data: data("1234") });
    const stats = await a.call("GetStatistics", {});
    assert.equal(stats.total_streams, "2");
    assert.equal(stats.total_consumers, "3");
    assert.equal(stats.total_messages, "5");
    assert.equal(stats.connections, 1);
    assert.ok(Number(stats.total_bytes) > 0);
    assert.ok(Number(stats.in_msgs) >= 10);
    assert.ok(Number(stats.out_msgs) >= 8);

    const s = await a.call("GetStreamStats", { stream_name: "tasks" });
    assert.equal(s.stream_name, "tasks");
    assert.equal(s.messages, "5");
    assert.equal(s.consumer_count, 2);
    assert.ok(Number(s.bytes) > 0);
    assert.ok(s.message_rate > 0);
    assert.ok(s.byte_rate > s.message_rate);
    await assert.rejects(a.call("GetStreamStats", { stream_name: "nope" }), { code: status.NOT_FOUND });

    const fresh = await natsClient(proc);
    const empty = await fresh.call("GetStatistics", {});
    assert.equal(empty.total_streams, "0");
    assert.equal(empty.in_msgs, "0");
    fresh.close();

    const health = await a.call("HealthCheck", { deep_check: true });
    assert.equal(health.healthy, true);
    assert.equal(health.nats_status, "connected");
    assert.equal(health.jetstream_enabled, true);
    assert.equal(health.connections, 1);
    assert.match(health.message, /round trip .* ms; JetStream answers/);
  });
});
