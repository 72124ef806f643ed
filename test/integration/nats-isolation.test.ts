/**
 * Isolation between organizations on one NATS: org A cannot see org B's messages, nor reach B's
 * streams, consumers, KV buckets or object stores by any name it can send: names with ".", "*",
 * ">", B's full backend name, "$KV." and "$JS.API." subjects are all refused or stay inside A.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { orgToken } from "../../sidecar/tenancy";
import {
  Collector,
  deleteOrgJetStream,
  natsClient,
  type OrgClient,
  startNatsSidecar,
  untilSubscribed,
} from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

const data = (s: string) => Buffer.from(s);

describe("NATS isolation between organizations", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let a: OrgClient;
  let b: OrgClient;
  let bToken: string;

  before(async () => {
    proc = await startNatsSidecar();
    a = await natsClient(proc);
    b = await natsClient(proc);
    bToken = orgToken(b.org);
    await b.call("CreateStream", { config: { name: "orders", subjects: [">"], storage: "STORAGE_MEMORY" } });
    await b.call("CreateConsumer", { stream_name: "orders", config: { durable_name: "billing" } });
    await b.call("PublishToStream", { stream_name: "orders", subject: "orders.b1", data: data("b-secret") });
    await b.call("KVPut", { bucket: "config", key: "secret", value: data("b-kv") });
    await b.call("ObjectPut", { bucket: "files", object_name: "secret.txt", data: data("b-object") });
  });
  after(async () => {
    await deleteOrgJetStream([a.org, b.org]);
    a.close();
    b.close();
    await proc.stop();
  });

  /** Names A might try to reach B's things with. */
  const foreignNames = () => [
    `${bToken}_orders`,
    `KV_${bToken}_config`,
    `OBJ_${bToken}_files`,
    `${bToken}.orders`,
    "orders.>",
    "*",
    ">",
    "../orders",
  ];

  it("a '>' subscriber in org A sees nothing of org B, whatever subject B or A uses", async () => {
    const seenByA = new Collector(a.stream("Subscribe", { subject: ">" }));
    const seenByB = new Collector(b.stream("Subscribe", { subject: ">" }));
    await untilSubscribed(a, seenByA, "probe");
    await untilSubscribed(b, seenByB, "probe");

    for (const subject of ["orders.created", "x", `${orgToken(a.org)}.orders`, "_INBOX.abc", "$KV.config.secret"]) {
      await b.call("Publish", { subject, data: data("from B") });
    }
    // A aims at B's backend subjects: they stay inside A, prefixed.
    const aimedAtB = [
      `${bToken}.orders.created`,
      `$KV.${bToken}_config.secret`,
      `$JS.API.STREAM.DELETE.${bToken}_orders`,
      `$JS.API.STREAM.PURGE.${bToken}_orders`,
      `$O.${bToken}_files.M.x`,
    ];
    for (const subject of aimedAtB) await a.call("Publish", { subject, data: data("from A") });
    await a.call("Publish", { subject: "marker", data: data("end") });
    await b.call("Publish", { subject: "marker", data: data("end") });

    const aGot = await seenByA.next(aimedAtB.length + 1);
    assert.deepEqual(
      aGot.map((m) => [m.subject, m.data.toString()]),
      [...aimedAtB.map((s) => [s, "from A"]), ["marker", "end"]],
    );
    const bGot = await seenByB.next(6);
    assert.deepEqual(
      bGot.map((m) => m.data.toString()),
      ["from B", "from B", "from B", "from B", "from B", "end"],
    );
    seenByA.stream.cancel();
    seenByB.stream.cancel();

    // Nothing A sent reached B's stream, which captures all of B's subjects.
    await b.call("CreateConsumer", {
      stream_name: "orders",
      config: { durable_name: "audit", ack_policy: "ACK_NONE" },
    });
    const stored = await b.call("PullMessages", { stream_name: "orders", consumer_name: "audit", batch_size: 500 });
    const payloads = stored.messages.map((m: { data: Buffer }) => m.data.toString());
    assert.equal(payloads.filter((p: string) => p === "from B").length, 5);
    assert.equal(payloads.filter((p: string) => p === "from A").length, 0);
  });

  it("requests to JetStream API subjects stay inside the org and find no responder", async () => {
    for (const subject of [`$JS.API.STREAM.INFO.${bToken}_orders`, "$JS.API.INFO", `$KV.${bToken}_config.secret`]) {
      await assert.rejects(a.call("Request", { subject, data: data("{}") }), { code: status.UNAVAILABLE });
    }
    assert.equal((await b.call("KVGet", { bucket: "config", key: "secret" })).value.toString(), "b-kv");
  });

  it("org A cannot read, change or delete org B's streams by any name", async () => {
    for (const name of [...foreignNames(), "orders"]) {
      const refused = { code: name.match(/^[A-Za-z0-9_-]+$/) ? status.NOT_FOUND : status.INVALID_ARGUMENT };
      await assert.rejects(a.call("GetStreamInfo", { stream_name: name }), refused, name);
      await assert.rejects(a.call("DeleteStream", { stream_name: name }), refused, name);
      await assert.rejects(a.call("PurgeStream", { stream_name: name, subject: "" }), refused, name);
      await assert.rejects(a.call("UpdateStream", { stream_name: name, config: { max_msgs: 1 } }), refused, name);
      await assert.rejects(a.call("GetStreamStats", { stream_name: name }), refused, name);
      await assert.rejects(a.call("ListConsumers", { stream_name: name }), refused, name);
      await assert.rejects(
        a.call("PublishToStream", { stream_name: name, subject: "orders.x", data: data("x") }),
        { code: name.match(/^[A-Za-z0-9_-]+$/) ? status.NOT_FOUND : status.INVALID_ARGUMENT },
        name,
      );
    }
    assert.deepEqual((await a.call("ListStreams", {})).streams, []);
    const stats = await a.call("GetStatistics", {});
    assert.equal(stats.total_streams, "0");
    assert.equal(stats.total_messages, "0");
  });

  it("org A cannot reach org B's consumers or acknowledge B's deliveries", async () => {
    const [m] = (await b.call("PullMessages", { stream_name: "orders", consumer_name: "billing", batch_size: 1 }))
      .messages;
    assert.equal(m.data.toString(), "b-secret");
    for (const stream_name of [...foreignNames(), "orders"]) {
      for (const consumer_name of ["billing", `${bToken}_billing`]) {
        const req = { stream_name, consumer_name };
        const refused = {
          code: stream_name.match(/^[A-Za-z0-9_-]+$/) ? status.NOT_FOUND : status.INVALID_ARGUMENT,
        };
        await assert.rejects(a.call("GetConsumerInfo", req), refused);
        await assert.rejects(a.call("PullMessages", { ...req, batch_size: 1 }), refused);
        await assert.rejects(a.call("AckMessage", { ...req, sequence: m.sequence }), refused);
        await assert.rejects(a.call("NakMessage", { ...req, sequence: m.sequence }), refused);
        await assert.rejects(a.call("DeleteConsumer", req), refused);
      }
    }
    // B's delivery is intact: B can still ack it.
    assert.deepEqual(
      await b.call("AckMessage", { stream_name: "orders", consumer_name: "billing", sequence: m.sequence }),
      { success: true },
    );
  });

  it("org A cannot read, list or delete org B's KV buckets or objects by any name", async () => {
    for (const bucket of [...foreignNames(), "config", "files"]) {
      const valid = /^[A-Za-z0-9_-]+$/.test(bucket);
      const missing = { code: valid ? status.NOT_FOUND : status.INVALID_ARGUMENT };
      if (valid) {
        assert.equal((await a.call("KVGet", { bucket, key: "secret" })).found, false, bucket);
        assert.equal((await a.call("ObjectGet", { bucket, object_name: "secret.txt" })).found, false, bucket);
      } else {
        await assert.rejects(a.call("KVGet", { bucket, key: "secret" }), missing, bucket);
        await assert.rejects(a.call("ObjectGet", { bucket, object_name: "secret.txt" }), missing, bucket);
      }
      await assert.rejects(a.call("KVKeys", { bucket }), missing, bucket);
      await assert.rejects(a.call("KVDelete", { bucket, key: "secret" }), missing, bucket);
      await assert.rejects(a.call("ObjectList", { bucket }), missing, bucket);
      await assert.rejects(a.call("ObjectDelete", { bucket, object_name: "secret.txt" }), missing, bucket);
      const watch = await new Collector(a.stream("KVWatch", { bucket })).ended;
      assert.equal(watch.code, missing.code, bucket);
    }
    assert.equal((await b.call("KVGet", { bucket: "config", key: "secret" })).value.toString(), "b-kv");
    const obj = await b.call("ObjectGet", { bucket: "files", object_name: "secret.txt" });
    assert.equal(obj.data.toString(), "b-object");
  });

  it("a stream of org A with subjects '>' captures only org A's subjects, beside B's '>' stream", async () => {
    const res = await a.call("CreateStream", { config: { name: "all", subjects: [">"], storage: "STORAGE_MEMORY" } });
    assert.deepEqual(res.stream.config.subjects, [">"]);
    await b.call("Publish", { subject: "anything", data: data("B") });
    await a.call("PublishToStream", { stream_name: "all", subject: "anything", data: data("A") });
    const { stream } = await a.call("GetStreamInfo", { stream_name: "all" });
    assert.equal(stream.state.messages, "1");
    await a.call("CreateConsumer", { stream_name: "all", config: { durable_name: "c" } });
    const pulled = await a.call("PullMessages", { stream_name: "all", consumer_name: "c", batch_size: 10 });
    assert.deepEqual(
      pulled.messages.map((m: { subject: string; data: Buffer }) => [m.subject, m.data.toString()]),
      [["anything", "A"]],
    );
    assert.deepEqual(
      (await a.call("ListStreams", {})).streams.map((s: { name: string }) => s.name),
      ["all"],
    );
    assert.deepEqual(
      (await b.call("ListStreams", {})).streams.map((s: { name: string }) => s.name),
      ["orders"],
    );
  });
});
