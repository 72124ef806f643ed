/**
 * Limits that protect the NATS connection all tenants share, tested as attacks: nats-server closes
 * a connection whose protocol line passes 4096 bytes, and a stream with thousands of subjects holds
 * it for seconds. The attacker is refused before anything reaches NATS, and another tenant, busy
 * the whole time, loses nothing: no message, no error, and the connection never drops.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { MAX_NATS_SUBJECT_BYTES, orgToken } from "../../sidecar/tenancy";
import {
  Collector,
  deleteOrgJetStream,
  natsClient,
  type OrgClient,
  startNatsSidecar,
  untilSubscribed,
} from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

let sidecar: SidecarProcess;
const orgs: string[] = [];

before(async () => {
  sidecar = await startNatsSidecar();
});

after(async () => {
  await deleteOrgJetStream(orgs);
  assert.equal(await sidecar.stop(), 0);
  assert.doesNotMatch(sidecar.output(), /"code":"INTERNAL"/);
});

async function client(): Promise<OrgClient> {
  const c = await natsClient(sidecar);
  orgs.push(c.org);
  return c;
}

async function refused(promise: Promise<unknown>, code: status, message: RegExp): Promise<void> {
  await assert.rejects(promise, (err: { code: number; details: string }) => {
    assert.equal(err.code, code, err.details);
    assert.match(err.details, message);
    return true;
  });
}

/** A subject of `bytes` UTF-8 bytes, in tokens NATS accepts. */
const longSubject = (bytes: number) => `a.${"é".repeat(Math.ceil((bytes - 2) / 2))}`;

describe("nats limits, as attacks on the shared connection", () => {
  test("oversized subjects, object names and subject lists are refused; another tenant loses nothing", async () => {
    const attacker = await client();
    const victim = await client();
    const inbox = new Collector(victim.stream("Subscribe", { subject: "orders.>" }));
    await untilSubscribed(victim, inbox, "orders.probe");

    const huge = longSubject(4200);
    const subscribed = new Collector(attacker.stream("Subscribe", { subject: huge }));
    const ended = await subscribed.ended;
    assert.equal(ended.code, status.INVALID_ARGUMENT, ended.details);
    assert.match(ended.details, /subject is longer than \d+ bytes/);
    const x = Buffer.from("x");
    const oversized: [string, object][] = [
      ["Publish", { subject: huge, data: x }],
      ["Publish", { subject: "a", reply_to: huge, data: x }],
      ["Request", { subject: huge, data: x }],
      ["PublishToStream", { stream_name: "s", subject: huge, data: x }],
    ];
    for (const [method, request] of oversized) {
      await refused(attacker.call(method, request), status.INVALID_ARGUMENT, /subject is longer than/);
    }
    const subjects = Array.from({ length: 10_000 }, (_, i) => `many.${i}`);
    await refused(
      attacker.call("CreateStream", { config: { name: "flood", subjects } }),
      status.INVALID_ARGUMENT,
      /at most 256 subjects/,
    );
    await refused(
      attacker.call("ObjectPut", { bucket: "files", object_name: "😀".repeat(1024), data: Buffer.from("x") }),
      status.INVALID_ARGUMENT,
      /object_name is longer than 1024 bytes/,
    );

    // The victim's traffic after the attack: every message arrives on the subscription opened before it.
    for (let i = 0; i < 50; i++) {
      const res = await victim.call("Publish", { subject: `orders.${i}`, data: Buffer.from(String(i)) });
      assert.equal(res.success, true);
    }
    const got = await inbox.next(50);
    assert.deepEqual(
      got.map((m: { data: Buffer }) => m.data.toString()),
      Array.from({ length: 50 }, (_, i) => String(i)),
    );
    assert.doesNotMatch(sidecar.output(), /nats disconnected/, "the shared connection never dropped");
    attacker.close();
    victim.close();
  });

  test("a subject just within the limit works, with the organisation's prefix counted", async () => {
    const c = await client();
    const prefixBytes = orgToken(c.org).length + 1;
    const fits = `a.${"b".repeat(MAX_NATS_SUBJECT_BYTES - prefixBytes - 2)}`;
    const sub = new Collector(c.stream("Subscribe", { subject: fits }));
    await untilSubscribed(c, sub, fits);
    await refused(
      c.call("Publish", { subject: `${fits}b`, data: Buffer.from("x") }),
      status.INVALID_ARGUMENT,
      /longer/,
    );
    c.close();
  });
});
