/** Whether and how the sidecar serves NATS: only when a NATS URL is given, by flag or environment. */
import assert from "node:assert/strict";
import { once } from "node:events";
import { describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import { connect } from "../helpers/client";
import { NATS_SERVICE } from "../helpers/nats";
import { startSidecar, waitServing } from "../helpers/sidecar";

async function services(adminUrl: string): Promise<Record<string, string>> {
  const res = await request(`${adminUrl}/readyz`);
  return ((await res.body.json()) as { services: Record<string, string> }).services;
}

describe("NATS service configuration", { timeout: 60_000 }, () => {
  it("is not served without --nats-url or ISA_CLOUD_NATS_URLS", async () => {
    const proc = await startSidecar({ env: { ISA_CLOUD_NATS_URLS: "" } });
    try {
      assert.equal((await services(proc.adminUrl))[NATS_SERVICE], undefined);
      const client = connect(proc.address, NATS_SERVICE, await proc.token("org-x", "u"));
      await assert.rejects(client.call("Publish", { subject: "a", data: Buffer.from("x") }), {
        code: status.UNIMPLEMENTED,
      });
      client.close();
    } finally {
      await proc.stop();
    }
  });

  it("is served from ISA_CLOUD_NATS_URLS, a comma-separated list where host:port means nats://", async () => {
    const proc = await startSidecar({ env: { ISA_CLOUD_NATS_URLS: "127.0.0.1:4222, nats://127.0.0.1:4222" } });
    try {
      await waitServing(proc, NATS_SERVICE);
      const client = connect(proc.address, NATS_SERVICE, await proc.token("org-x", "u"));
      assert.deepEqual(await client.call("Publish", { subject: "a", data: Buffer.from("x") }), {
        success: true,
        message: "published",
      });
      client.close();
    } finally {
      await proc.stop();
    }
  });

  it("refuses a URL that is not nats:// or tls:// with exit code 2", async () => {
    const proc = await startSidecar({ args: ["--nats-url", "http://127.0.0.1:4222"], waitReady: false });
    const [code] = await once(proc.child, "exit");
    assert.equal(code, 2);
    assert.match(proc.stderr(), /--nats-url/);
  });
});
