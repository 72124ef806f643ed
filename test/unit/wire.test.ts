/**
 * The answer recorded is the answer sent (see sidecar/wire.ts): the operation wrapper served over
 * a real gRPC server on loopback, with handlers whose answers cannot be encoded and requests that
 * do not decode. What the caller sees and what the audit and the metrics record must agree.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { credentials, makeGenericClientConstructor, status } from "@grpc/grpc-js";
import { createLogger } from "../../shared/logger";
import type { AuditEvent, AuditSink } from "../../sidecar/audit";
import { InFlightCalls } from "../../sidecar/in-flight";
import { Metrics } from "../../sidecar/metrics";
import { bindOperations, serverStream, unary } from "../../sidecar/operation";
import { loadApi } from "../../sidecar/proto";
import { GrpcServer, type ServiceDefinition } from "../../sidecar/transport/server";

const MINIO = "isa.minio.MinIOService";
const events: AuditEvent[] = [];
const audit: AuditSink = { record: (e) => void events.push(e), flush: async () => {}, dropped: () => 0 };
const metrics = new Metrics();
const definition = loadApi(["isa/minio.proto"])[MINIO] as ServiceDefinition;
let server: GrpcServer;
let address: string;

/** Object info protobuf cannot encode: a map field that is not a map. */
const unencodable = { key: "k", metadata: "not a map" };

before(async () => {
  const operations = {
    GetBucketInfo: unary({ run: async () => ({ success: true, bucket_info: { name: "b" } }) }),
    StatObject: unary({ run: async () => ({ success: true, object_info: unencodable }) }),
    GetObject: serverStream({
      run: async (_req, _ctx, sink) => {
        await sink.send({ chunk: Buffer.from("1") });
        await sink.send({ metadata: unencodable });
      },
    }),
  };
  const bound = bindOperations({ name: MINIO, operations }, definition, {
    identify: () => ({ org: "acme", user: "alice", source: "default" }),
    audit,
    metrics,
    log: createLogger("test", "silent"),
    streams: new Set(),
    calls: new InFlightCalls(),
  });
  server = new GrpcServer({
    maxReceiveMessageBytes: 1 << 20,
    maxSendMessageBytes: 1 << 20,
    requestIdleMs: 30_000,
    onRequestIdle: () => {},
  });
  server.addService(bound.definition, bound.implementation);
  const port = await server.listen({ host: "127.0.0.1", port: 0 });
  address = `127.0.0.1:${port}`;
});

after(() => server.forceShutdown());

/** Calls `method` with raw request bytes; resolves with the status code. */
function rawCall(method: string, request: Buffer): Promise<number> {
  const Client = makeGenericClientConstructor({}, "raw");
  const client = new Client(address, credentials.createInsecure());
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      `/${MINIO}/${method}`,
      (b: Buffer) => b,
      (b: Buffer) => b,
      request,
      (err) => {
        client.close();
        resolve(err ? (err.code as number) : status.OK);
      },
    );
  });
}

const lastEvent = (operation: string) => events.filter((e) => e.operation === operation).at(-1);

describe("the answer recorded is the answer sent", () => {
  test("a good answer is OK on both sides", async () => {
    assert.equal(await rawCall("GetBucketInfo", Buffer.alloc(0)), status.OK);
    assert.equal(lastEvent("GetBucketInfo")?.code, "OK");
  });

  test("an answer that cannot be encoded is INTERNAL for the caller, the audit and the metrics", async () => {
    assert.equal(await rawCall("StatObject", Buffer.alloc(0)), status.INTERNAL);
    assert.equal(lastEvent("StatObject")?.code, "INTERNAL");
    const counted = metrics
      .render()
      .split("\n")
      .filter((l) => l.startsWith("isa_sidecar_calls_total") && l.includes('"StatObject"'));
    assert.deepEqual(
      counted.map((l) => /code="(\w+)"\} (\d+)/.exec(l)?.slice(1)),
      [["INTERNAL", "1"]],
    );
  });

  test("a request that does not decode is INVALID_ARGUMENT for the caller and the audit", async () => {
    // A field announced as a varint, and the message ends before its value.
    assert.equal(await rawCall("GetBucketInfo", Buffer.from([0x08])), status.INVALID_ARGUMENT);
    assert.equal(lastEvent("GetBucketInfo")?.code, "INVALID_ARGUMENT");
  });

  test("a stream message that cannot be encoded ends the stream INTERNAL, after what was sent", async () => {
    const Client = makeGenericClientConstructor({}, "raw");
    const client = new Client(address, credentials.createInsecure());
    const call = client.makeServerStreamRequest(
      `/${MINIO}/GetObject`,
      (b: Buffer) => b,
      (b: Buffer) => b,
      Buffer.alloc(0),
    );
    const received: Buffer[] = [];
    call.on("data", (m: Buffer) => received.push(m));
    const code = await new Promise<number>((resolve) => {
      call.on("error", (err: { code: number }) => resolve(err.code));
      call.on("status", (s: { code: number }) => s.code === status.OK && resolve(status.OK));
    });
    client.close();
    assert.equal(code, status.INTERNAL);
    assert.equal(received.length, 1);
    assert.equal(lastEvent("GetObject")?.code, "INTERNAL");
  });
});
