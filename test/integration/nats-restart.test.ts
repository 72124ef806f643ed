/**
 * A private nats-server (file storage) stopped and restarted under a running sidecar: calls fail
 * UNAVAILABLE while it is down and work after; open subscriptions resume (the client resubscribes
 * on reconnect); no acknowledged JetStream message is lost.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import {
  Collector,
  NATS_SERVICE,
  natsClient,
  type OrgClient,
  type PrivateNatsServer,
  startNatsSidecar,
  startPrivateNatsServer,
  untilSubscribed,
} from "../helpers/nats";
import { type SidecarProcess, waitServing } from "../helpers/sidecar";

const N = 50;
const data = (s: string) => Buffer.from(s);

async function waitNotServing(proc: SidecarProcess): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const res = await request(`${proc.adminUrl}/readyz`);
    const body = (await res.body.json()) as { services: Record<string, string> };
    if (body.services[NATS_SERVICE] === "NOT_SERVING") return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("NATS still SERVING after the server stopped");
}

describe("NATS server restart under a running sidecar", { timeout: 60_000 }, () => {
  let server: PrivateNatsServer;
  let proc: SidecarProcess;
  let a: OrgClient;

  before(async () => {
    server = await startPrivateNatsServer();
    proc = await startNatsSidecar(server.url);
    a = await natsClient(proc);
  });
  after(async () => {
    a.close();
    await proc.stop();
    await server.dispose();
  });

  it("fails UNAVAILABLE while NATS is down, resumes subscriptions and keeps every acked message", async () => {
    await a.call("CreateStream", { config: { name: "ledger", subjects: ["ledger.>"], storage: "STORAGE_FILE" } });
    await a.call("CreateConsumer", { stream_name: "ledger", config: { durable_name: "reader" } });
    for (let i = 1; i <= N; i++) {
      const ack = await a.call("PublishToStream", {
        stream_name: "ledger",
        subject: "ledger.entry",
        data: data(`e${i}`),
      });
      assert.equal(ack.sequence, String(i));
    }
    const sub = new Collector(a.stream("Subscribe", { subject: "events.>" }));
    await untilSubscribed(a, sub, "events.probe");
    await a.call("KVPut", { bucket: "settings", key: "mode", value: data("before") });
    const watch = new Collector(a.stream("KVWatch", { bucket: "settings" }));
    assert.equal((await watch.next(1))[0].value.toString(), "before");

    await server.stop();
    await waitNotServing(proc);
    await assert.rejects(a.call("Publish", { subject: "events.lost", data: data("x") }), { code: status.UNAVAILABLE });
    await assert.rejects(
      a.call("PublishToStream", { stream_name: "ledger", subject: "ledger.entry", data: data("x") }),
      {
        code: status.UNAVAILABLE,
      },
    );
    await assert.rejects(a.call("GetStreamInfo", { stream_name: "ledger" }), { code: status.UNAVAILABLE });
    const refused = await new Collector(a.stream("Subscribe", { subject: "late.>" })).ended;
    assert.equal(refused.code, status.UNAVAILABLE);
    assert.equal((await a.call("HealthCheck", {})).healthy, false);

    await server.start();
    await waitServing(proc, NATS_SERVICE, 20_000);
    // The subscription opened before the outage is still open and receives again.
    await untilSubscribed(a, sub, "events.probe");
    assert.deepEqual(await a.call("Publish", { subject: "events.after", data: data("back") }), {
      success: true,
      message: "published",
    });
    const [after] = await sub.next(1);
    assert.deepEqual([after.subject, after.data.toString()], ["events.after", "back"]);
    sub.stream.cancel();

    // The KV watch resumes too, and the value written before the outage is still there.
    assert.equal((await a.call("KVGet", { bucket: "settings", key: "mode" })).value.toString(), "before");
    await a.call("KVPut", { bucket: "settings", key: "mode", value: data("after") });
    // It may take the client some seconds to recreate the watch's consumer; it resumes after the last
    // revision it saw, so no change is missed.
    const [change] = await watch.next(1);
    assert.deepEqual([change.key, change.value.toString(), change.revision], ["mode", "after", "2"]);
    watch.stream.cancel();

    const { stream } = await a.call("GetStreamInfo", { stream_name: "ledger" });
    assert.equal(stream.state.messages, String(N));
    const { messages } = await a.call("PullMessages", {
      stream_name: "ledger",
      consumer_name: "reader",
      batch_size: N,
    });
    assert.deepEqual(
      messages.map((m: { sequence: string; data: Buffer }) => [m.sequence, m.data.toString()]),
      Array.from({ length: N }, (_, i) => [String(i + 1), `e${i + 1}`]),
    );
    const next = await a.call("PublishToStream", { stream_name: "ledger", subject: "ledger.entry", data: data("new") });
    assert.equal(next.sequence, String(N + 1));
  });
});
