/**
 * The sidecar as an operator sees it: backend outages and recovery, SIGTERM with work in flight,
 * health (gRPC and HTTP), reflection, metrics and the audit trail.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import { connect } from "../helpers/client";
import { adminQuery, dropOrgs, POSTGRES_SERVICE, postgresArgs, uniqueOrg } from "../helpers/postgres";
import { privateRedis } from "../helpers/redis";
import { startSidecar, waitServing } from "../helpers/sidecar";

const REDIS = "isa.redis.RedisService";

function auditEvents(output: string): Record<string, unknown>[] {
  return output
    .split("\n")
    .filter((line) => line.includes('"kind":"audit"'))
    .map((line) => JSON.parse(line));
}

describe("a Redis outage", () => {
  test("fails calls with UNAVAILABLE, reports NOT_SERVING, and recovers without a restart", async () => {
    const redis = await privateRedis();
    const sidecar = await startSidecar({ redisUrl: redis.url });
    try {
      await waitServing(sidecar, REDIS);
      const client = connect(sidecar.address, REDIS, await sidecar.token(`org-${randomUUID()}`, "u1"));
      const health = connect(sidecar.address, "grpc.health.v1.Health");
      await client.call("Set", { key: "k", value: "before" });

      await redis.stop();
      const started = Date.now();
      await assert.rejects(client.call("Get", { key: "k" }, { deadlineMs: 3000 }), { code: status.UNAVAILABLE });
      assert.ok(Date.now() - started < 3000, "failed within the call's deadline");
      await waitFor(async () => (await health.call("Check", { service: REDIS })).status === "NOT_SERVING");

      await redis.start();
      await waitServing(sidecar, REDIS);
      await client.call("Set", { key: "k", value: "after" });
      assert.deepEqual(await client.call("Get", { key: "k" }), { found: true, value: "after" });
      client.close();
      health.close();
    } finally {
      await sidecar.stop();
      await redis.dispose();
    }
  });
});

describe("SIGTERM", () => {
  test("lets a call in flight finish, ends open streams with a status, and exits 0", async () => {
    const sidecar = await startSidecar();
    const org = `org-${randomUUID()}`;
    const holder = connect(sidecar.address, REDIS, await sidecar.token(org, "holder"));
    await holder.call("AcquireLock", { lock_key: "L", ttl: { seconds: 30 } });
    const waiter = connect(sidecar.address, REDIS, await sidecar.token(org, "holder"));
    // In flight for about a second: it waits for a lock that is held.
    const inFlight = waiter.call("AcquireLock", { lock_key: "L", ttl: { seconds: 5 }, wait_timeout: { seconds: 1 } });
    const stream = holder.stream("Subscribe", { channels: ["news"] });
    const streamEnd = new Promise<{ code: number }>((resolve) => {
      stream.on("error", (err: { code: number }) => resolve(err));
      stream.on("status", (s: { code: number }) => {
        if (s.code === status.OK) resolve(s);
      });
    });
    await new Promise((r) => setTimeout(r, 200));

    const exitCode = sidecar.stop();
    assert.deepEqual(await inFlight.then((r) => r.acquired), false, "the waiting call finished normally");
    assert.equal((await streamEnd).code, status.UNAVAILABLE);
    assert.equal(await exitCode, 0);
    const events = auditEvents(sidecar.output());
    assert.ok(
      events.some((e) => e.operation === "Subscribe" && e.code === "UNAVAILABLE"),
      "stream end audited",
    );
    holder.close();
    waiter.close();
  });
});

describe("the grace period", () => {
  test("a call still running when it ends is answered UNAVAILABLE and audited so; its statement stops; exit 0", async () => {
    const org = uniqueOrg("grace");
    const sidecar = await startSidecar({ args: [...postgresArgs(), "--grace-period", "1s"] });
    await waitServing(sidecar, POSTGRES_SERVICE);
    const db = connect(sidecar.address, POSTGRES_SERVICE, await sidecar.token(org, "u"));
    try {
      await db.call("Execute", { sql: "SELECT 1" });
      const marker = `grace_${randomUUID().replace(/-/g, "")}`;
      const slow = db.call("Query", { sql: `SELECT pg_sleep(120) AS ${marker}` }, { deadlineMs: 300_000 });
      const running = async () =>
        (
          await adminQuery("SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1", [
            `%AS ${marker}%`,
          ])
        ).rows.length > 0;
      while (!(await running())) await new Promise((r) => setTimeout(r, 20));

      const exitCode = sidecar.stop();
      await assert.rejects(slow, (err: { code: number; details: string }) => {
        assert.equal(err.code, status.UNAVAILABLE, err.details);
        assert.match(err.details, /grace period is over/);
        return true;
      });
      assert.equal(await exitCode, 0);
      const query = auditEvents(sidecar.output()).filter((e) => e.operation === "Query");
      assert.deepEqual(
        query.map((e) => e.code),
        ["UNAVAILABLE"],
      );
      while (await running()) await new Promise((r) => setTimeout(r, 20));
    } finally {
      db.close();
      await dropOrgs([org]);
    }
  });
});

describe("observability", () => {
  let sidecar: Awaited<ReturnType<typeof startSidecar>>;
  before(async () => {
    sidecar = await startSidecar();
    await waitServing(sidecar, REDIS);
  });
  after(async () => {
    await sidecar.stop();
  });

  test("grpc.health.v1 answers for the sidecar and each service, and Watch follows", async () => {
    const health = connect(sidecar.address, "grpc.health.v1.Health");
    assert.equal((await health.call("Check", { service: "" })).status, "SERVING");
    assert.equal((await health.call("Check", { service: REDIS })).status, "SERVING");
    await assert.rejects(health.call("Check", { service: "no.such.Service" }), { code: status.NOT_FOUND });
    const watch = health.stream("Watch", { service: REDIS });
    watch.on("error", () => {}); // the CANCELLED that follows our own cancel()
    const first = await new Promise((resolve) => watch.once("data", resolve));
    assert.deepEqual(first, { status: "SERVING" });
    watch.cancel();
    health.close();
  });

  test("server reflection lists the services, in both versions grpcurl and others ask for", async () => {
    const { loadSync } = await import("@grpc/proto-loader");
    const grpc = await import("@grpc/grpc-js");
    const { dirname, join } = await import("node:path");
    const reflectionDir = join(dirname(require.resolve("@grpc/reflection/package.json")), "build", "proto");
    for (const version of ["v1", "v1alpha"]) {
      const def = loadSync(`grpc/reflection/${version}/reflection.proto`, {
        includeDirs: [reflectionDir],
        keepCase: true,
      });
      // biome-ignore lint/suspicious/noExplicitAny: generated at runtime from the reflection proto
      const pkg = grpc.loadPackageDefinition(def) as any;
      const Client = pkg.grpc.reflection[version].ServerReflection;
      const client = new Client(sidecar.address, grpc.credentials.createInsecure());
      const call = client.ServerReflectionInfo();
      const reply = new Promise<{ list_services_response: { service: { name: string }[] } }>((resolve, reject) => {
        call.once("data", resolve);
        call.once("error", reject);
      });
      call.write({ list_services: "" });
      const names = (await reply).list_services_response.service.map((s) => s.name);
      call.end();
      client.close();
      assert.ok(names.includes(REDIS), `${version} reflection lists ${REDIS}: ${names.join(", ")}`);
      assert.ok(names.includes("grpc.health.v1.Health"));
    }
  });

  test("one audit event per call with who, what, resource, outcome; metrics count it", async () => {
    const org = `org-${randomUUID()}`;
    const client = connect(sidecar.address, REDIS, await sidecar.token(org, "auditor"));
    await client.call("Set", { key: "audited-key", value: "secret-value" });
    await assert.rejects(client.call("Get", { key: "" }), { code: status.INVALID_ARGUMENT });
    client.close();
    await waitFor(async () => auditEvents(sidecar.output()).filter((e) => e.org === org).length >= 2);

    const events = auditEvents(sidecar.output()).filter((e) => e.org === org);
    assert.equal(events.length, 2);
    const [set, get] = events;
    assert.equal(set!.operation, "Set");
    assert.equal(set!.service, REDIS);
    assert.equal(set!.user, "auditor");
    assert.equal(set!.resource, "audited-key");
    assert.equal(set!.code, "OK");
    assert.equal(typeof set!.latency_ms, "number");
    assert.equal(typeof set!.request_id, "string");
    assert.equal(get!.code, "INVALID_ARGUMENT");
    assert.ok(!sidecar.output().includes("secret-value"), "values never reach the audit trail");

    const metrics = await (await request(`${sidecar.adminUrl}/metrics`)).body.text();
    assert.match(metrics, /isa_sidecar_calls_total\{service="isa\.redis\.RedisService",method="Set",code="OK"\} \d+/);
    assert.match(
      metrics,
      /isa_sidecar_calls_total\{service="isa\.redis\.RedisService",method="Get",code="INVALID_ARGUMENT"\} \d+/,
    );
    assert.match(
      metrics,
      /isa_sidecar_call_duration_seconds_count\{service="isa\.redis\.RedisService",method="Set"\} \d+/,
    );
    assert.match(metrics, /isa_sidecar_audit_dropped_total 0/);
  });

  test("admin port answers /healthz and /readyz with the backends' states", async () => {
    const live = await request(`${sidecar.adminUrl}/healthz`);
    assert.equal(live.statusCode, 200);
    await live.body.dump();
    const ready = await request(`${sidecar.adminUrl}/readyz`);
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(((await ready.body.json()) as { services: object }).services, {
      "": "SERVING",
      [REDIS]: "SERVING",
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("condition not met in time");
}

describe("a unix socket listener", () => {
  test("is open to every user of the pod (mode 0666) and serves calls", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isa-sock-"));
    const socket = join(dir, "sidecar.sock");
    // The umask a container usually runs with would otherwise leave the socket 0755: no other uid could connect.
    const sidecar = await startSidecar({ args: ["--listen", `unix:${socket}`] });
    try {
      await waitServing(sidecar, REDIS);
      assert.equal(statSync(socket).mode & 0o777, 0o666);
      const client = connect(`unix:${socket}`, REDIS, await sidecar.token(`org-${randomUUID()}`, "u1"));
      await client.call("Set", { key: "k", value: "over the socket" });
      assert.equal((await client.call("Get", { key: "k" })).value, "over the socket");
      client.close();
    } finally {
      await sidecar.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
