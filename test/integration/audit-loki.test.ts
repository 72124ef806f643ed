/**
 * Audit events pushed to Loki: batched with their labels, and never blocking a call when Loki
 * fails (the loss is counted in /metrics).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { request } from "undici";
import { connect } from "../helpers/client";
import { startSidecar } from "../helpers/sidecar";

interface Push {
  streams: { stream: Record<string, string>; values: [string, string][] }[];
}

/** A real HTTP server standing in for Loki's push endpoint; answers with `statusCode`. */
async function fakeLoki(statusCode: number): Promise<{ url: string; pushes: Push[]; server: Server }> {
  const pushes: Push[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => {
      body += d;
    });
    req.on("end", () => {
      if (req.url === "/loki/api/v1/push" && req.method === "POST") pushes.push(JSON.parse(body));
      res.writeHead(statusCode).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pushes, server };
}

async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test("audit events reach Loki in batches, labelled, without values", async () => {
  const loki = await fakeLoki(204);
  const sidecar = await startSidecar({ args: ["--loki-url", loki.url] });
  try {
    const org = `org-${randomUUID()}`;
    const client = connect(sidecar.address, "isa.redis.RedisService", await sidecar.token(org, "u"));
    for (let i = 0; i < 5; i++) await client.call("Set", { key: `k${i}`, value: "never-in-audit" });
    client.close();

    const lines = () =>
      loki.pushes.flatMap((p) => p.streams.flatMap((s) => s.values.map(([, line]) => JSON.parse(line))));
    await eventually(() => lines().filter((e) => e.org === org).length === 5, "five events in Loki");
    const stream = loki.pushes[0]!.streams[0]!;
    assert.equal(stream.stream.job, "isa-sidecar");
    assert.equal(stream.stream.kind, "audit");
    assert.match(stream.values[0]![0], /^\d{19}$/, "timestamps in nanoseconds");
    assert.deepEqual(
      lines()
        .filter((e) => e.org === org)
        .map((e) => e.resource),
      ["k0", "k1", "k2", "k3", "k4"],
    );
    assert.ok(!JSON.stringify(loki.pushes).includes("never-in-audit"));
  } finally {
    await sidecar.stop();
    loki.server.close();
  }
});

test("a failing Loki never fails a call; the lost events are counted", async () => {
  const loki = await fakeLoki(500);
  const sidecar = await startSidecar({ args: ["--loki-url", loki.url] });
  try {
    const client = connect(sidecar.address, "isa.redis.RedisService", await sidecar.token(`org-${randomUUID()}`, "u"));
    for (let i = 0; i < 3; i++)
      assert.deepEqual(await client.call("Set", { key: "k", value: "v" }), { success: true, message: "OK" });
    client.close();
    const dropped = async () => {
      const metrics = await (await request(`${sidecar.adminUrl}/metrics`)).body.text();
      return Number(/isa_sidecar_audit_dropped_total (\d+)/.exec(metrics)?.[1] ?? 0);
    };
    await eventually(async () => (await dropped()) >= 3, "dropped events counted");
    assert.ok(loki.pushes.length >= 1, "the sidecar did try to push");
  } finally {
    await sidecar.stop();
    loki.server.close();
  }
});

test("a Loki that never answers does not hold shutdown: the flush is cut short, and the exit is clean", async () => {
  const held: import("node:http").ServerResponse[] = [];
  // Takes every push and never answers it.
  const server = createServer((_req, res) => void held.push(res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sidecar = await startSidecar({ args: ["--loki-url", url, "--grace-period", "1s"] });
  try {
    const client = connect(sidecar.address, "isa.redis.RedisService", await sidecar.token(`org-${randomUUID()}`, "u"));
    assert.equal((await client.call("Set", { key: "k", value: "v" })).success, true);
    client.close();
    assert.equal(await sidecar.stop(), 0);
    assert.match(sidecar.output(), /did not close in time; stopping anyway/);
    assert.match(sidecar.output(), /"kind":"audit"[^\n]*"operation":"Set"/, "the stdout audit is complete");
  } finally {
    for (const res of held) res.destroy();
    server.close();
  }
});
