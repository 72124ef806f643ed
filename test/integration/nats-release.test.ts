/**
 * Every NATS subscription a call opens is closed when the call ends, however it ends: a pull that
 * returns messages, a full or partial batch, nothing at once, nothing after waiting, a pull the
 * caller cancels or whose deadline passes; a Subscribe or KVWatch cancelled, unsubscribed or ended
 * for falling behind. Observed on the NATS server itself (its /connz monitoring page counts the
 * subscriptions of the sidecar's connection), so a leak shows as a count, not as a timing.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Metadata, status } from "@grpc/grpc-js";
import {
  eventually,
  natsClient,
  type OrgClient,
  type PrivateNatsServer,
  serverSubscriptions,
  startNatsSidecar,
  startPrivateNatsServer,
} from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

const ROUNDS = 30;
const data = (s: string) => Buffer.from(s);
const wait = (ms: number) => ({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 });

describe("NATS subscriptions are released on every exit path", { timeout: 120_000 }, () => {
  let server: PrivateNatsServer;
  let proc: SidecarProcess;
  let a: OrgClient;
  let token: string;
  /** The sidecar's subscriptions while no call runs (its request inbox included). */
  let baseline: number;

  const subs = () => serverSubscriptions(server);
  /** Waits (bounded) until the sidecar holds no more subscriptions than while idle, then asserts it. */
  const settled = async () => {
    await eventually(async () => (await subs()) <= baseline, 10_000).catch(() => undefined);
    assert.equal(await subs(), baseline);
  };
  /** Resolves once a call of the sidecar holds a subscription of its own on the server. */
  const busy = () => eventually(async () => (await subs()) > baseline);
  const pull = (consumer_name: string, batch_size: number, maxWaitMs: number, deadlineMs?: number) =>
    a.call(
      "PullMessages",
      { stream_name: "work", consumer_name, batch_size, max_wait: wait(maxWaitMs) },
      { deadlineMs },
    );
  /** A pull whose gRPC call the test can cancel; resolves with its status code. */
  const cancellablePull = (consumer_name: string, maxWaitMs: number) => {
    const md = new Metadata();
    md.set("authorization", `Bearer ${token}`);
    let call: { cancel(): void } | undefined;
    const code = new Promise<number>((resolve) => {
      // biome-ignore lint/suspicious/noExplicitAny: dynamic method of the generic test client
      call = (a.raw as any).PullMessages(
        { stream_name: "work", consumer_name, batch_size: 5, max_wait: wait(maxWaitMs) },
        md,
        { deadline: new Date(Date.now() + 60_000) },
        (err: { code: number } | null) => resolve(err ? err.code : status.OK),
      );
    });
    return { cancel: () => call!.cancel(), code };
  };
  /** Takes whatever the ACK_NONE consumer still has, so a test starts from an empty consumer. */
  const drain = async () => {
    while ((await pull("none", 1000, 0)).messages.length > 0);
  };
  const publish = (n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        a.call("PublishToStream", { stream_name: "work", subject: "work.item", data: data(`m${i}`) }),
      ),
    );

  before(async () => {
    server = await startPrivateNatsServer();
    proc = await startNatsSidecar(server.url);
    a = await natsClient(proc);
    token = await proc.token(a.org, a.user);
    await a.call("CreateStream", { config: { name: "work", subjects: ["work.>"], storage: "STORAGE_MEMORY" } });
    await a.call("CreateConsumer", { stream_name: "work", config: { durable_name: "none", ack_policy: "ACK_NONE" } });
    await a.call("KVPut", { bucket: "flags", key: "seed", value: data("1") });
    // The first request opened the connection's shared reply subscription; it stays.
    baseline = await subs();
  });
  after(async () => {
    a.close();
    await proc.stop();
    await server.dispose();
  });

  it("pulls that return a full batch, a partial batch or nothing at once", async () => {
    for (let i = 0; i < ROUNDS; i++) {
      await publish(2);
      assert.equal((await pull("none", 2, 0)).messages.length, 2);
      await publish(2);
      assert.equal((await pull("none", 5, 0)).messages.length, 2);
      assert.equal((await pull("none", 5, 0)).messages.length, 0);
      assert.equal((await pull("none", 1, 0)).messages.length, 0);
    }
    await settled();
  });

  it("pulls that wait and then get a message, or get nothing before max_wait", async () => {
    await drain();
    for (let i = 0; i < ROUNDS; i++) {
      const pending = pull("none", 5, 30_000);
      await busy();
      await publish(1);
      assert.equal((await pending).messages.length, 1);
      assert.equal((await pull("none", 5, 50)).messages.length, 0);
    }
    await settled();
  });

  it("acknowledged pulls: the ack and nak round trips keep nothing open either", async () => {
    await a.call("CreateConsumer", {
      stream_name: "work",
      config: { durable_name: "explicit", ack_policy: "ACK_EXPLICIT", delivery_policy: "DELIVERY_NEW" },
    });
    for (let i = 0; i < ROUNDS; i++) {
      await publish(2);
      const { messages } = await pull("explicit", 5, 0);
      assert.equal(messages.length, 2);
      await a.call("AckMessage", { stream_name: "work", consumer_name: "explicit", sequence: messages[0].sequence });
      await a.call("NakMessage", { stream_name: "work", consumer_name: "explicit", sequence: messages[1].sequence });
      const again = await pull("explicit", 5, 5_000);
      assert.equal(again.messages.length, 1);
      await a.call("AckMessage", {
        stream_name: "work",
        consumer_name: "explicit",
        sequence: again.messages[0].sequence,
      });
    }
    await settled();
  });

  it("pulls the caller cancels while they wait, or whose deadline passes", async () => {
    await drain();
    for (let i = 0; i < ROUNDS; i++) {
      const waiting = cancellablePull("none", 30_000);
      await busy();
      waiting.cancel();
      assert.equal(await waiting.code, status.CANCELLED);
      await settled();
      // Past its deadline a pull answers what it has (nothing) or DEADLINE_EXCEEDED.
      const code = await pull("none", 5, 30_000, 300).then(
        () => status.OK,
        (err: { code: number }) => err.code,
      );
      assert.ok([status.OK, status.DEADLINE_EXCEEDED].includes(code), `code ${code}`);
    }
    await settled();
  });
});
