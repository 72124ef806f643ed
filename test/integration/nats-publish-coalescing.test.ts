/**
 * Publish calls arriving together are handed to the NATS client together (one socket write):
 * each message must still arrive whole, with its own headers, in its own organization only, and a
 * bad call among them must fail alone.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { Collector, natsClient, type OrgClient, startNatsSidecar, untilSubscribed } from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

const CALLS = 100;

describe("NATS Publish calls handed over together", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let a: OrgClient;
  let b: OrgClient;

  before(async () => {
    proc = await startNatsSidecar();
    [a, b] = await Promise.all([natsClient(proc), natsClient(proc)]);
  });
  after(async () => {
    a.close();
    b.close();
    await proc.stop();
  });

  it("delivers every concurrent publish of two orgs whole, each to its own org, and fails only the bad one", async () => {
    const subA = new Collector(a.stream("Subscribe", { subject: "burst.>" }));
    const subB = new Collector(b.stream("Subscribe", { subject: "burst.>" }));
    await untilSubscribed(a, subA, "burst.probe");
    await untilSubscribed(b, subB, "burst.probe");

    const publish = (c: OrgClient, i: number) =>
      c.call("Publish", {
        subject: `burst.${i % 3}`,
        data: Buffer.from(`${c === a ? "a" : "b"}-${i}`),
        headers: i % 2 === 0 ? { "X-N": String(i) } : {},
      });
    const bad = a.call("Publish", { subject: "burst.*", data: Buffer.from("wildcard") }).then(
      () => assert.fail("a wildcard publish was accepted"),
      (err: { code: number }) => err.code,
    );
    const results = await Promise.all([
      ...Array.from({ length: CALLS }, (_, i) => publish(a, i)),
      ...Array.from({ length: CALLS }, (_, i) => publish(b, i)),
    ]);
    assert.ok(results.every((r) => r.success === true && r.message === "published"));
    assert.equal(await bad, status.INVALID_ARGUMENT);

    for (const [sub, tag] of [
      [subA, "a"],
      [subB, "b"],
    ] as const) {
      const got = await sub.next(CALLS);
      const byData = new Map(got.map((m) => [m.data.toString(), m]));
      assert.equal(byData.size, CALLS);
      for (let i = 0; i < CALLS; i++) {
        const m = byData.get(`${tag}-${i}`);
        assert.ok(m, `${tag}-${i} missing`);
        assert.equal(m.subject, `burst.${i % 3}`);
        assert.deepEqual(m.headers, i % 2 === 0 ? { "X-N": String(i) } : {});
      }
      sub.stream.cancel();
    }
    assert.equal(subA.messages.length, CALLS, "org a received another org's message");
    assert.equal(subB.messages.length, CALLS, "org b received another org's message");
  });
});
