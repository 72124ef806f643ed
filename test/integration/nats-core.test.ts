/** Core NATS through the sidecar: publish, subscribe, queue groups, unsubscribe, request, validation. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { Collector, eventually, natsClient, type OrgClient, startNatsSidecar, untilSubscribed } from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

describe("NATS core messaging", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let a: OrgClient;

  before(async () => {
    proc = await startNatsSidecar(undefined, ["--nats-subscription-buffer", "8"]);
    a = await natsClient(proc);
  });
  after(async () => {
    a.close();
    await proc.stop();
  });

  it("delivers a publish with headers and reply subject to a wildcard subscriber, without the org prefix", async () => {
    const sub = new Collector(a.stream("Subscribe", { subject: "orders.*" }));
    await untilSubscribed(a, sub, "orders.probe");
    const res = await a.call("Publish", {
      subject: "orders.created",
      data: Buffer.from("order 1"),
      headers: { "X-Trace": "t-1" },
      reply_to: "replies.orders",
    });
    assert.deepEqual(res, { success: true, message: "published" });
    const [m] = await sub.next(1);
    assert.equal(m.subject, "orders.created");
    assert.equal(m.data.toString(), "order 1");
    assert.deepEqual(m.headers, { "X-Trace": "t-1" });
    assert.equal(m.reply_to, "replies.orders");
    assert.equal(m.sequence, String(sub.probes + 1));
    assert.ok(Number(m.timestamp.seconds) > 0);
    sub.stream.cancel();
  });

  it("PublishBatch publishes the good messages and reports each bad one", async () => {
    const sub = new Collector(a.stream("Subscribe", { subject: "batch.>" }));
    await untilSubscribed(a, sub, "batch.probe");
    const res = await a.call("PublishBatch", {
      messages: [
        { subject: "batch.one", data: Buffer.from("1") },
        { subject: "batch.*", data: Buffer.from("wild") },
        { subject: "batch..empty", data: Buffer.from("empty token") },
        { subject: "batch.two", data: Buffer.from("2"), headers: { k: "v" } },
      ],
    });
    assert.equal(res.success, false);
    assert.equal(res.published_count, 2);
    assert.equal(res.errors.length, 2);
    assert.match(res.errors[0], /^message 1: .*wildcard/);
    assert.match(res.errors[1], /^message 2: .*empty token/);
    const got = await sub.next(2);
    assert.deepEqual(
      got.map((m) => [m.subject, m.data.toString()]),
      [
        ["batch.one", "1"],
        ["batch.two", "2"],
      ],
    );
    assert.deepEqual(got[1].headers, { k: "v" });
    sub.stream.cancel();
  });

  it("QueueSubscribe hands each message to exactly one member of the group", async () => {
    const q1 = new Collector(a.stream("QueueSubscribe", { subject: "jobs.>", queue_group: "workers" }));
    const q2 = new Collector(a.stream("QueueSubscribe", { subject: "jobs.>", queue_group: "workers" }));
    await untilSubscribed(a, q1, "jobs.probe");
    await untilSubscribed(a, q2, "jobs.probe");
    for (let i = 0; i < 20; i++) await a.call("Publish", { subject: `jobs.${i}`, data: Buffer.from(String(i)) });
    await eventually(() => q1.messages.length + q2.messages.length === 20);
    const all = [...q1.messages, ...q2.messages].map((m) => Number(m.data.toString())).sort((x, y) => x - y);
    assert.deepEqual(
      all,
      Array.from({ length: 20 }, (_, i) => i),
    );
    q1.stream.cancel();
    q2.stream.cancel();
  });

  it("QueueSubscribe without a queue group is INVALID_ARGUMENT", async () => {
    const end = await new Collector(a.stream("QueueSubscribe", { subject: "jobs.>", queue_group: "" })).ended;
    assert.equal(end.code, status.INVALID_ARGUMENT);
  });

  it("Unsubscribe ends the caller's subscriptions to that subject, not another user's", async () => {
    const bob = await natsClient(proc, a.org, "bob");
    const mine1 = new Collector(a.stream("Subscribe", { subject: "news.>" }));
    const mine2 = new Collector(a.stream("Subscribe", { subject: "news.>" }));
    const other = new Collector(a.stream("Subscribe", { subject: "news.sport" }));
    const bobs = new Collector(bob.stream("Subscribe", { subject: "news.>" }));
    for (const c of [mine1, mine2, other]) await untilSubscribed(a, c, "news.sport");
    await untilSubscribed(bob, bobs, "news.sport");

    assert.deepEqual(await a.call("Unsubscribe", { subject: "news.>" }), { success: true });
    assert.equal((await mine1.ended).code, status.OK);
    assert.equal((await mine2.ended).code, status.OK);
    // Idempotent: nothing left open is still success.
    assert.deepEqual(await a.call("Unsubscribe", { subject: "news.>" }), { success: true });
    assert.deepEqual(await a.call("Unsubscribe", { subject: "never.subscribed" }), { success: true });

    await a.call("Publish", { subject: "news.sport", data: Buffer.from("goal") });
    assert.equal((await other.next(1))[0].data.toString(), "goal");
    assert.equal((await bobs.next(1))[0].data.toString(), "goal");
    other.stream.cancel();
    bobs.stream.cancel();
    bob.close();
  });

  it("Request gets the reply of a responder that answers through the sidecar", async () => {
    const responder = new Collector(a.stream("Subscribe", { subject: "svc.upper" }));
    await untilSubscribed(a, responder, "svc.upper");
    const answering = (async () => {
      const [req] = await responder.next(1);
      assert.match(req.reply_to, /^_INBOX\./);
      await a.call("Publish", { subject: req.reply_to, data: Buffer.from(req.data.toString().toUpperCase()) });
    })();
    const res = await a.call("Request", { subject: "svc.upper", data: Buffer.from("hello"), timeout: { seconds: 5 } });
    await answering;
    assert.equal(res.success, true);
    assert.equal(res.data.toString(), "HELLO");
    responder.stream.cancel();
  });

  it("Request with a timeout and deadline 30 days away waits for the reply (longer than a Node timer holds)", async () => {
    const days30 = 30 * 86_400;
    const responder = new Collector(a.stream("Subscribe", { subject: "svc.slow" }));
    await untilSubscribed(a, responder, "svc.slow");
    const answering = (async () => {
      const [req] = await responder.next(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await a.call("Publish", { subject: req.reply_to, data: Buffer.from("late") });
    })();
    const res = await a.call(
      "Request",
      { subject: "svc.slow", data: Buffer.from("?"), timeout: { seconds: days30 } },
      { deadlineMs: days30 * 1000 },
    );
    await answering;
    assert.equal(res.data.toString(), "late");
    responder.stream.cancel();
  });

  it("Request with no responders is UNAVAILABLE; with a silent responder DEADLINE_EXCEEDED", async () => {
    await assert.rejects(a.call("Request", { subject: "svc.nobody", data: Buffer.from("?") }), {
      code: status.UNAVAILABLE,
    });
    const silent = new Collector(a.stream("Subscribe", { subject: "svc.silent" }));
    await untilSubscribed(a, silent, "svc.silent");
    await assert.rejects(
      a.call("Request", { subject: "svc.silent", data: Buffer.from("?"), timeout: { nanos: 300_000_000 } }),
      { code: status.DEADLINE_EXCEEDED },
    );
    silent.stream.cancel();
  });

  it("refuses malformed subjects and wildcards where NATS does not allow them", async () => {
    for (const subject of ["", "a..b", ".a", "a.", "a b", "a.*", "a.>", "a.>.b", "a.b*", "\tx"]) {
      await assert.rejects(a.call("Publish", { subject, data: Buffer.from("x") }), { code: status.INVALID_ARGUMENT });
    }
    await assert.rejects(a.call("Publish", { subject: "ok", data: Buffer.from("x"), reply_to: "r.*" }), {
      code: status.INVALID_ARGUMENT,
    });
    for (const subject of ["a.>.b", "a..b", "", "x y"]) {
      const end = await new Collector(a.stream("Subscribe", { subject })).ended;
      assert.equal(end.code, status.INVALID_ARGUMENT, subject);
    }
    await assert.rejects(a.call("Publish", { subject: "h", data: Buffer.from("x"), headers: { "bad:key": "v" } }), {
      code: status.INVALID_ARGUMENT,
    });
  });

  it("ends a subscription whose reader falls behind with RESOURCE_EXHAUSTED", async () => {
    const sub = new Collector(a.stream("Subscribe", { subject: "flood.>" }));
    await untilSubscribed(a, sub, "flood.probe");
    sub.stream.pause();
    const payload = Buffer.alloc(16 * 1024, 1);
    const messages = Array.from({ length: 100 }, () => ({ subject: "flood.x", data: payload }));
    for (let i = 0; i < 10; i++) await a.call("PublishBatch", { messages });
    sub.stream.resume();
    const end = await sub.ended;
    assert.equal(end.code, status.RESOURCE_EXHAUSTED);
    assert.ok(sub.messages.length < 1000, `received ${sub.messages.length} of 1000 before the end`);
  });
});
