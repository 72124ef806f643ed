/**
 * A backend that drops its connection fails the calls waiting on it at once, UNAVAILABLE, for
 * Redis, NATS, PostgreSQL and object storage. Each backend is a private server behind a TCP gate: the gate holds
 * the sidecar's bytes until the test sees the calls' commands in them (so the calls are surely
 * waiting on the backend), then the server is killed and the connections cut. Every call has a
 * deadline shorter than any client-side timeout (JetStream's is 5 s): a call that waited for a
 * timeout would end DEADLINE_EXCEEDED, so UNAVAILABLE is what "at once" means here, with no clock
 * read. Afterwards the server is restarted and calls succeed again without a sidecar restart.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { connect, type TestClient } from "../helpers/client";
import { MINIO } from "../helpers/minio";
import { natsClient, type OrgClient, type PrivateNatsServer, startPrivateNatsServer } from "../helpers/nats";
import {
  POSTGRES_SERVICE,
  type PrivatePostgres,
  postgresArgs,
  startPrivatePostgres,
  uniqueOrg,
} from "../helpers/postgres";
import { type PrivateRedis, privateRedis } from "../helpers/redis";
import { type S3rverInstance, s3rverArgs, startS3rver } from "../helpers/s3rver";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";
import { startTcpGate, type TcpGate } from "../helpers/tcp-gate";

const DEADLINE_MS = 4000;
const codeOf = (call: Promise<unknown>): Promise<number> =>
  call.then(
    () => status.OK,
    (err: { code: number }) => err.code,
  );

async function eventuallyOk(call: () => Promise<unknown>): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await call();
      return;
    } catch (err) {
      if (i >= 100) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe("Redis drops its connection", () => {
  let redis: PrivateRedis;
  let gate: TcpGate;
  let proc: SidecarProcess;
  let c: TestClient;
  before(async () => {
    redis = await privateRedis();
    gate = await startTcpGate(redis.port);
    proc = await startSidecar({ redisUrl: `redis://${gate.address}` });
    await waitServing(proc, "isa.redis.RedisService");
    c = connect(proc.address, "isa.redis.RedisService", await proc.token(uniqueOrg("drop"), "alice"));
  });
  after(async () => {
    c.close();
    await proc.stop();
    await gate.close();
    await redis.dispose();
  });

  test("calls waiting on Redis end UNAVAILABLE at once; Redis back, calls work again", async () => {
    await c.call("Set", { key: "inflight", value: "v" });
    gate.hold();
    const calls = [1, 2, 3].map(() => codeOf(c.call("Get", { key: "inflight" }, { deadlineMs: DEADLINE_MS })));
    await gate.held("inflight", 3);
    await redis.stop();
    gate.cut();
    assert.deepEqual(await Promise.all(calls), [status.UNAVAILABLE, status.UNAVAILABLE, status.UNAVAILABLE]);
    await redis.start();
    await eventuallyOk(() => c.call("Set", { key: "after", value: "v" }));
  });
});

describe("NATS drops its connection", () => {
  let server: PrivateNatsServer;
  let gate: TcpGate;
  let proc: SidecarProcess;
  let a: OrgClient;
  before(async () => {
    server = await startPrivateNatsServer();
    gate = await startTcpGate(Number(new URL(server.url).port));
    proc = await startSidecar({ args: ["--nats-url", `nats://${gate.address}`] });
    await waitServing(proc, "isa.nats.NATSService");
    a = await natsClient(proc);
  });
  after(async () => {
    a.close();
    await proc.stop();
    await gate.close();
    await server.dispose();
  });

  test("PublishToStream and Request waiting on NATS end UNAVAILABLE at once, not after JetStream's 5 s", async () => {
    await a.call("CreateStream", { config: { name: "ledger", subjects: ["ledger.>"], storage: "STORAGE_FILE" } });
    gate.hold();
    const publish = () =>
      codeOf(
        a.call(
          "PublishToStream",
          { stream_name: "ledger", subject: "ledger.inflight", data: Buffer.from("x") },
          { deadlineMs: DEADLINE_MS },
        ),
      );
    const calls = [publish(), publish(), publish()];
    await gate.held("ledger.inflight", 3);
    await server.stop();
    gate.cut();
    assert.deepEqual(await Promise.all(calls), [status.UNAVAILABLE, status.UNAVAILABLE, status.UNAVAILABLE]);
    await server.start();
    await eventuallyOk(() =>
      a.call("PublishToStream", { stream_name: "ledger", subject: "ledger.after", data: Buffer.from("y") }),
    );
  });
});

describe("PostgreSQL drops its connection", () => {
  let pg: PrivatePostgres;
  let gate: TcpGate;
  let proc: SidecarProcess;
  let db: TestClient;
  before(async () => {
    pg = await startPrivatePostgres();
    gate = await startTcpGate(pg.port);
    proc = await startSidecar({ args: postgresArgs(`postgres://postgres@${gate.address}/postgres`) });
    await waitServing(proc, POSTGRES_SERVICE);
    db = connect(proc.address, POSTGRES_SERVICE, await proc.token(uniqueOrg("drop"), "alice"));
  });
  after(async () => {
    db.close();
    await proc.stop();
    await gate.close();
    pg.destroy();
  });

  test("a query waiting on PostgreSQL ends UNAVAILABLE at once; PostgreSQL back, queries work again", async () => {
    await db.call("Query", { sql: "SELECT 1 AS warm" });
    gate.hold();
    const call = codeOf(db.call("Query", { sql: "SELECT 2 AS inflight_probe" }, { deadlineMs: DEADLINE_MS }));
    // With a deadline the sidecar first sets statement_timeout, then sends the query: either is waiting on PostgreSQL.
    await gate.held("statement_timeout");
    pg.stop();
    gate.cut();
    assert.equal(await call, status.UNAVAILABLE);
    pg.start();
    await eventuallyOk(() => db.call("Query", { sql: "SELECT 3 AS after" }));
  });
});

describe("object storage drops its connection", () => {
  let s3: S3rverInstance;
  let gate: TcpGate;
  let proc: SidecarProcess;
  let c: TestClient;
  before(async () => {
    s3 = await startS3rver();
    gate = await startTcpGate(s3.port);
    const args = s3rverArgs(s3).map((a) => (a === s3.endpoint ? `http://${gate.address}` : a));
    proc = await startSidecar({ args });
    await waitServing(proc, MINIO);
    c = connect(proc.address, MINIO, await proc.token(uniqueOrg("drop").replace(/-/g, ""), "alice"));
  });
  after(async () => {
    c.close();
    await proc.stop();
    await gate.close();
    await s3.stop();
  });

  test("calls waiting on S3 end UNAVAILABLE at once", async () => {
    assert.equal((await c.call("CreateBucket", { bucket_name: "inflight" })).success, true);
    gate.hold();
    const calls = [
      codeOf(c.call("GetBucketInfo", { bucket_name: "inflight" }, { deadlineMs: DEADLINE_MS })),
      codeOf(c.call("ListObjects", { bucket_name: "inflight" }, { deadlineMs: DEADLINE_MS })),
    ];
    // Each call's first S3 request is on its way (GetBucketInfo starts with a bucket listing).
    await gate.held(" HTTP/1.1\r\n", 2);
    await s3.stop();
    gate.cut();
    assert.deepEqual(await Promise.all(calls), [status.UNAVAILABLE, status.UNAVAILABLE]);
  });
});
