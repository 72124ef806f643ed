/** The stdout audit sink: every event one JSON line, in order, escaped; what it cannot hold is counted. */
import assert from "node:assert/strict";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Logger } from "../../shared/logger";
import { type AuditEvent, lokiAuditSink, stdoutAuditSink } from "../../sidecar/audit";

const event = (n: number): AuditEvent => ({
  service: "isa.nats.NATSService",
  operation: "Publish",
  org: "org-a",
  user: 'user "quoted"',
  resource: `orders.${n}\n"}`,
  code: "OK",
  latency_ms: 0.125,
  request_id: `req-${n}`,
});

/** A sink on a fresh file; `read` flushes it and returns the lines written. */
function sinkOnFile(maxBuffer?: number) {
  const dir = mkdtempSync(join(tmpdir(), "isa-audit-"));
  const path = join(dir, "audit.log");
  const sink = stdoutAuditSink(openSync(path, "w"), maxBuffer);
  const read = async () => {
    await sink.flush();
    return readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l !== "");
  };
  return { sink, read, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

test("events recorded across turns arrive as one JSON line each, in order, every field escaped", async () => {
  const { sink, read, remove } = sinkOnFile();
  try {
    for (let n = 0; n < 300; n++) {
      sink.record(event(n));
      if (n % 50 === 0) await new Promise((r) => setImmediate(r));
    }
    const lines = await read();
    assert.equal(lines.length, 300);
    lines.forEach((line, n) => {
      const parsed = JSON.parse(line);
      assert.deepEqual(
        [parsed.kind, parsed.operation, parsed.user, parsed.resource, parsed.request_id, parsed.latency_ms],
        ["audit", "Publish", 'user "quoted"', `orders.${n}\n"}`, `req-${n}`, 0.125],
      );
      assert.ok(!Number.isNaN(Date.parse(parsed.time)));
    });
    assert.equal(sink.dropped(), 0);
  } finally {
    remove();
  }
});

test("past its buffer bound the sink drops whole lines and counts every one: written + dropped = recorded", async () => {
  const { sink, read, remove } = sinkOnFile(8 * 1024);
  try {
    // 40 turns of 100 events (~25 KiB each): far more than 8 KiB can wait while a write is on its way.
    for (let turn = 0; turn < 40; turn++) {
      for (let n = 0; n < 100; n++) sink.record(event(turn * 100 + n));
      await new Promise((r) => setImmediate(r));
    }
    const lines = await read();
    assert.ok(sink.dropped() > 0, "nothing was dropped: the bound was not reached");
    assert.equal(lines.length + sink.dropped(), 4000);
    for (const line of lines) JSON.parse(line);
  } finally {
    remove();
  }
});

/**
 * A real HTTP server failing every push, and a Loki sink pointed at it that records `count` events,
 * each pushed (and failed) on its own; resolves with the warnings logged and the pushes made.
 */
async function failingLoki(count: number, warnEveryMs: number) {
  let pushes = 0;
  const server = createServer((req, res) => {
    pushes++;
    req.resume();
    req.on("end", () => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const warnings: { suppressed: number }[] = [];
  const log = { warn: (fields: { suppressed: number }) => void warnings.push(fields) } as unknown as Logger;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sink = lokiAuditSink({ url, log, batchSize: 1, intervalMs: 5, warnEveryMs });
  try {
    for (let i = 0; i < count; i++) {
      sink.record(event(i));
      await sink.flush();
    }
    return { warnings, pushes, dropped: sink.dropped() };
  } finally {
    server.close();
  }
}

test("a Loki that fails every push is warned about once per period", async () => {
  const { warnings, pushes, dropped } = await failingLoki(20, 3_600_000);
  assert.equal(pushes, 20);
  assert.equal(dropped, 20);
  assert.deepEqual(
    warnings.map((w) => w.suppressed),
    [0],
    "one warning for 20 failed pushes",
  );
});

test("once the period has passed, the next failure is warned about again", async () => {
  // A period of 0 ms: every failure is a new period, so none is held back.
  const { warnings } = await failingLoki(3, 0);
  assert.deepEqual(
    warnings.map((w) => w.suppressed),
    [0, 0, 0],
  );
});
