/**
 * Attacks below the gRPC client libraries, with a raw HTTP/2 client: a request message that never
 * completes is ended after --request-idle-timeout (CANCELLED) instead of being held forever, while
 * a handler that itself takes longer than that is never cut; and a key sent as invalid UTF-8 (which
 * protobufjs decodes to U+FFFD, so two byte strings would name one key) is INVALID_ARGUMENT.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import http2 from "node:http2";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import { connect } from "../helpers/client";
import { dropOrgs, POSTGRES_SERVICE, postgresArgs } from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const REDIS = "isa.redis.RedisService";
const org = `wire-${randomUUID().slice(0, 8)}`;
let proc: SidecarProcess;
let token: string;

before(async () => {
  proc = await startSidecar({ args: [...postgresArgs(), "--request-idle-timeout", "300ms"] });
  await waitServing(proc, REDIS);
  await waitServing(proc, POSTGRES_SERVICE);
  token = await proc.token(org, "mallory");
});

after(async () => {
  assert.equal(await proc.stop(), 0);
  await dropOrgs([org]);
});

/** Opens a raw gRPC stream, writes `body` (not ending the stream unless `end`), resolves with its grpc-status. */
function rawCall(path: string, body: Buffer, end: boolean): Promise<{ code: number; message: string }> {
  const session = http2.connect(`http://${proc.address}`);
  const stream = session.request({
    ":method": "POST",
    ":path": path,
    "content-type": "application/grpc",
    te: "trailers",
    authorization: `Bearer ${token}`,
  });
  stream.resume();
  if (end) stream.end(body);
  else stream.write(body);
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    // The status comes in trailers, or alone in the response headers (trailers-only); the
    // client's half of the stream stays open when it never ended its message, so close it here.
    const read = (headers: http2.IncomingHttpHeaders) => {
      if (headers["grpc-status"] === undefined) return;
      const code = Number(headers["grpc-status"]);
      const message = decodeURIComponent(String(headers["grpc-message"] ?? ""));
      stream.close();
      session.close();
      resolve({ code, message });
    };
    stream.on("response", read);
    stream.on("trailers", read);
  });
}

/** A gRPC frame: compression flag, length, then the message (or less of it than announced). */
function frame(message: Buffer, announced = message.length): Buffer {
  const header = Buffer.alloc(5);
  header.writeUInt32BE(announced, 1);
  return Buffer.concat([header, message]);
}

/** A protobuf field of wire type 2 (string/bytes) with a one-byte length. */
const field = (num: number, bytes: Buffer) => Buffer.concat([Buffer.from([(num << 3) | 2, bytes.length]), bytes]);

test("half a request message is not held: the call ends CANCELLED after the idle timeout", {
  timeout: 20_000,
}, async () => {
  const ended = await rawCall(`/${REDIS}/Get`, frame(Buffer.alloc(10), 100), false);
  assert.equal(ended.code, status.CANCELLED, ended.message);
  assert.match(ended.message, /not completed within 300 ms/);
  // A stream that sent headers and then nothing at all ends the same way.
  const silent = await rawCall(`/${REDIS}/Get`, Buffer.alloc(0), false);
  assert.equal(silent.code, status.CANCELLED, silent.message);
  assert.match(proc.output(), /request message not completed in time/);
  const metrics = await (await request(`${proc.adminUrl}/metrics`)).body.text();
  assert.match(metrics, /^isa_sidecar_request_idle_cancelled_total 2$/m);
});

test("a handler that runs longer than the idle timeout is not cut: only waiting for the request counts", async () => {
  const db = connect(proc.address, POSTGRES_SERVICE, token);
  try {
    const r = await db.call("Query", { sql: "SELECT pg_sleep(0.9)::text AS slept" });
    assert.equal(r.row_count, 1);
  } finally {
    db.close();
  }
});

test("a key sent as invalid UTF-8 is INVALID_ARGUMENT, so two byte strings never name one key", async () => {
  const invalid = Buffer.from([0x6b, 0xff, 0x6b]); // "k", a byte that is never UTF-8, "k"
  const set = await rawCall(
    `/${REDIS}/Set`,
    frame(Buffer.concat([field(3, invalid), field(4, Buffer.from("v"))])),
    true,
  );
  assert.equal(set.code, status.INVALID_ARGUMENT, set.message);
  assert.match(set.message, /U\+FFFD/);
  // A well-formed call on the same path works: the refusal is about the key, not the raw client.
  const ok = await rawCall(`/${REDIS}/Get`, frame(field(3, Buffer.from("k"))), true);
  assert.equal(ok.code, status.OK, ok.message);
});
