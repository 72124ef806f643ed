/**
 * The sidecar's own gRPC server (sidecar/transport/) against real clients on loopback: grpc-js for
 * what any app sends, raw node:http2 for what grpc-js never sends. Checked: the four call kinds,
 * request metadata, gzip requests, deadlines and cancels reaching the handler, the message size
 * limits (plain and after decompression), refusals (unknown method, wrong content type, broken
 * framing, bytes that are not protobuf), the request-idle limit, a unix socket, and both shutdowns.
 * The handlers are test handlers on the API's definitions, not the sidecar's operations.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import {
  type Client,
  type ClientReadableStream,
  type ClientWritableStream,
  credentials,
  loadPackageDefinition,
  Metadata,
  makeGenericClientConstructor,
  type ServiceError,
  status,
} from "@grpc/grpc-js";
import type { ServiceDefinition as LoadedService } from "@grpc/proto-loader";
import { loadApi } from "../../sidecar/proto";
import type { Handler, Respond, StreamCall, UnaryCall } from "../../sidecar/transport/calls";
import { GrpcServer, type Listen, type ServerOptions, type ServiceDefinition } from "../../sidecar/transport/server";

const api = loadApi(["isa/redis.proto", "isa/minio.proto"]);
const REDIS = api["isa.redis.RedisService"] as LoadedService;
const MINIO = api["isa.minio.MinIOService"] as LoadedService;
// biome-ignore lint/suspicious/noExplicitAny: client constructors looked up by package name
const packages = loadPackageDefinition(api) as any;
const GET_PATH = "/isa.redis.RedisService/Get";

/** A bidi method the API does not have: PutObjectRequest messages in both directions. */
const CHAT: LoadedService = {
  Chat: {
    ...MINIO.PutObject!,
    path: "/isa.test.Chat/Chat",
    responseStream: true,
    responseSerialize: MINIO.PutObject!.requestSerialize,
    responseDeserialize: MINIO.PutObject!.requestDeserialize,
  },
};

/** The size limit of the servers here, both ways. */
const LIMIT = 4096;
/** A call that never ends fails its suite, named, instead of holding the run. */
const SUITE = { timeout: 30_000 };

// biome-ignore lint/suspicious/noExplicitAny: messages are checked by each test's assertions
type Message = any;
type Implementation = Record<string, Handler>;

// ---------------------------------------------------------------------------------------------
// Servers and clients, closed after each test.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

interface Services {
  redis?: Implementation;
  minio?: Implementation;
  chat?: Implementation;
}

interface TestServer {
  server: GrpcServer;
  /** What a grpc-js client or `rawCall` connects to. */
  address: string;
}

async function startServer(
  services: Services,
  options: Partial<ServerOptions> = {},
  where: Listen = { host: "127.0.0.1", port: 0 },
): Promise<TestServer> {
  const server = new GrpcServer({
    maxReceiveMessageBytes: LIMIT,
    maxSendMessageBytes: LIMIT,
    requestIdleMs: 30_000,
    onRequestIdle: () => {},
    ...options,
  });
  if (services.redis) server.addService(REDIS as unknown as ServiceDefinition, services.redis);
  if (services.minio) server.addService(MINIO as unknown as ServiceDefinition, services.minio);
  if (services.chat) server.addService(CHAT as unknown as ServiceDefinition, services.chat);
  const port = await server.listen(where);
  cleanups.push(() => server.forceShutdown());
  return { server, address: "path" in where ? `unix:${where.path}` : `127.0.0.1:${port}` };
}

// biome-ignore lint/suspicious/noExplicitAny: methods are called by name
type AnyClient = Client & Record<string, any>;

function client(address: string, service: "redis" | "minio" | "chat", channelOptions = {}): AnyClient {
  const Constructor =
    service === "chat"
      ? makeGenericClientConstructor(CHAT, "Chat")
      : service === "redis"
        ? packages.isa.redis.RedisService
        : packages.isa.minio.MinIOService;
  const made: AnyClient = new Constructor(address, credentials.createInsecure(), channelOptions);
  cleanups.push(() => made.close());
  return made;
}

interface Outcome {
  code: number;
  details: string;
  value?: Message;
}

/** A unary call through grpc-js; never rejects: the status is the outcome. `started` gets the call. */
function unary(
  made: AnyClient,
  method: string,
  request: Message,
  options: { metadata?: Metadata; deadlineMs?: number; started?: (call: { cancel(): void }) => void } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const deadline = new Date(Date.now() + (options.deadlineMs ?? 10_000));
    const call = made[method](
      request,
      options.metadata ?? new Metadata(),
      { deadline },
      (err: ServiceError | null, value: Message) =>
        resolve(err ? { code: err.code, details: err.details } : { code: status.OK, details: "", value }),
    );
    options.started?.(call);
  });
}

/** Reads a server stream (or a bidi stream's answers) to its status. */
function readToStatus(stream: ClientReadableStream<Message>): Promise<Outcome & { messages: Message[] }> {
  return new Promise((resolve) => {
    const messages: Message[] = [];
    stream.on("data", (m: Message) => messages.push(m));
    stream.on("error", () => {}); // the status below says it all
    stream.on("status", (s: { code: number; details: string }) =>
      resolve({ code: s.code, details: s.details, messages }),
    );
  });
}

interface Arrival {
  call: UnaryCall | StreamCall;
  /** Resolves once the server's call emitted "cancelled". */
  cancelled: Promise<unknown>;
}

/** A handler that never answers; `arrival` resolves once a call reached it. */
function neverAnswering(): { handler: Handler; arrival: Promise<Arrival> } {
  let arrived!: (a: Arrival) => void;
  const arrival = new Promise<Arrival>((resolve) => {
    arrived = resolve;
  });
  const handler = (call: UnaryCall | StreamCall) => arrived({ call, cancelled: once(call, "cancelled") });
  return { handler, arrival };
}

// ---------------------------------------------------------------------------------------------
// A raw HTTP/2 client, for what grpc-js cannot send.

interface RawAnswer {
  httpStatus: number;
  /** grpc-status, from the trailers or a trailers-only answer; undefined when there was none. */
  code?: number;
  message: string;
  /** The framed answer messages, as received. */
  body: Buffer;
}

/**
 * Opens a stream on a new connection, writes `body` (ending the request unless `end` is false) and
 * resolves with the answer once its status (or a non-200 HTTP status) arrived.
 */
function rawCall(
  address: string,
  path: string,
  body: Buffer,
  { end = true, headers = {} }: { end?: boolean; headers?: http2.OutgoingHttpHeaders } = {},
): Promise<RawAnswer> {
  const session = http2.connect(`http://${address}`);
  const stream = session.request({
    ":method": "POST",
    ":path": path,
    "content-type": "application/grpc",
    te: "trailers",
    ...headers,
  });
  if (end) stream.end(body);
  else stream.write(body);
  return new Promise((resolve, reject) => {
    session.once("error", reject);
    stream.once("error", reject);
    const pieces: Buffer[] = [];
    let httpStatus = 0;
    const settle = (code?: number, message = "") => {
      stream.close();
      session.close();
      resolve({ httpStatus, code, message, body: Buffer.concat(pieces) });
    };
    const statusIn = (h: http2.IncomingHttpHeaders) => {
      if (h["grpc-status"] === undefined) return false;
      settle(Number(h["grpc-status"]), decodeURIComponent(String(h["grpc-message"] ?? "")));
      return true;
    };
    stream.on("data", (piece: Buffer) => pieces.push(piece));
    stream.on("response", (h) => {
      httpStatus = Number(h[":status"]);
      if (!statusIn(h) && httpStatus !== 200) settle();
    });
    stream.on("trailers", statusIn);
  });
}

/** A gRPC frame: the compressed flag, the announced length (the real one unless told), the message. */
function frame(message: Buffer, { announced = message.length, compressed = false } = {}): Buffer {
  const prefix = Buffer.alloc(5);
  prefix[0] = compressed ? 1 : 0;
  prefix.writeUInt32BE(announced, 1);
  return Buffer.concat([prefix, message]);
}

const getRequest = (key: string): Buffer => REDIS.Get!.requestSerialize({ key });

/** Answers Get with what it was asked, so a test sees the request arrived whole. */
const echoGet = (call: UnaryCall, respond: Respond) =>
  respond(null, { found: true, value: (call.request as { key: string }).key });

/** Get as `echoGet`, counting the calls that reached it: a refused request never does. */
function countedEcho(): { Get: Handler; calls: number } {
  const counted = {
    calls: 0,
    Get: (call: UnaryCall, respond: Respond) => {
      counted.calls++;
      echoGet(call, respond);
    },
  };
  return counted;
}

// ---------------------------------------------------------------------------------------------

describe("unary calls", SUITE, () => {
  test("a round trip carries the request, its metadata (-bin keys as bytes), and an empty message", async () => {
    const seen: { key: string; foo: unknown[]; trace: unknown[] }[] = [];
    const { address } = await startServer({
      redis: {
        Get: (call: UnaryCall, respond: Respond) => {
          const { key } = call.request as { key: string };
          seen.push({ key, foo: call.metadata.get("x-foo"), trace: call.metadata.get("x-trace-bin") });
          respond(null, { found: key !== "", value: `got ${key}` });
        },
      },
    });
    const redis = client(address, "redis");
    const metadata = new Metadata();
    metadata.set("x-foo", "bar");
    const trace = Buffer.from([0x00, 0x01, 0xfe, 0xff]);
    metadata.set("x-trace-bin", trace);

    const full = await unary(redis, "Get", { key: "k1" }, { metadata });
    assert.equal(full.code, status.OK, full.details);
    assert.deepEqual(full.value, { found: true, value: "got k1" });
    assert.deepEqual(seen[0]!.foo, ["bar"]);
    assert.equal(seen[0]!.trace.length, 1);
    assert.ok(Buffer.isBuffer(seen[0]!.trace[0]), "a -bin value is a Buffer");
    assert.deepEqual(seen[0]!.trace[0], trace);

    // All fields default: the request message has no bytes at all.
    assert.equal(REDIS.Get!.requestSerialize({}).length, 0);
    const empty = await unary(redis, "Get", {});
    assert.equal(empty.code, status.OK, empty.details);
    assert.deepEqual(empty.value, { found: false, value: "got " });
    assert.equal(seen[1]!.key, "");
    assert.deepEqual(seen[1]!.foo, []);
  });

  test("a gzip-compressed request decodes to what was sent", async () => {
    const encodings: unknown[] = [];
    const { address } = await startServer({
      redis: {
        Get: (call: UnaryCall, respond: Respond) => {
          encodings.push(...call.metadata.get("grpc-encoding"));
          echoGet(call, respond);
        },
      },
    });
    // 2 is grpc-js's CompressionAlgorithms.gzip.
    const redis = client(address, "redis", { "grpc.default_compression_algorithm": 2 });
    const key = "compressible ".repeat(200); // 2600 bytes: well under the limit, and gzip shrinks it
    const answer = await unary(redis, "Get", { key });
    assert.equal(answer.code, status.OK, answer.details);
    assert.equal(answer.value.value, key);
    assert.deepEqual(encodings, ["gzip"], "the request really came compressed");
  });

  test("past its deadline a call is DEADLINE_EXCEEDED for the client and cancelled for the handler", async () => {
    const hang = neverAnswering();
    const { address } = await startServer({ redis: { Get: hang.handler } });
    const answer = await unary(client(address, "redis"), "Get", { key: "k" }, { deadlineMs: 200 });
    assert.equal(answer.code, status.DEADLINE_EXCEEDED, answer.details);
    const { call, cancelled } = await hang.arrival;
    await cancelled;
    assert.equal(call.cancelled, true);
  });

  test("a deadline further away than a timer can hold (30 days) is kept, not fired at once", async () => {
    const DAY_MS = 86_400_000;
    let deadline = 0;
    const slowEcho = (call: UnaryCall, respond: Respond) => {
      deadline = call.getDeadline();
      setTimeout(() => respond(null, { found: true, value: "late" }), 100);
    };
    const { address } = await startServer({ redis: { Get: slowEcho } });
    const answer = await unary(client(address, "redis"), "Get", { key: "k" }, { deadlineMs: 30 * DAY_MS });
    assert.equal(answer.code, status.OK, answer.details);
    assert.equal(answer.value.value, "late");
    assert.ok(deadline > Date.now() + 29 * DAY_MS, "the handler sees the caller's deadline");
  });

  test("a call the client cancels is cancelled for the handler", async () => {
    const hang = neverAnswering();
    const { address } = await startServer({ redis: { Get: hang.handler } });
    let inFlight: { cancel(): void } | undefined;
    const answer = unary(client(address, "redis"), "Get", { key: "k" }, { started: (c) => (inFlight = c) });
    const { call, cancelled } = await hang.arrival;
    assert.equal(call.cancelled, false);
    inFlight!.cancel();
    await cancelled;
    assert.equal(call.cancelled, true);
    assert.equal((await answer).code, status.CANCELLED);
  });
});

describe("message size limits", SUITE, () => {
  test("a request over maxReceiveMessageBytes is RESOURCE_EXHAUSTED, and the handler never runs", async () => {
    const echo = countedEcho();
    const { address } = await startServer({ redis: { Get: echo.Get } });
    const answer = await unary(client(address, "redis"), "Get", { key: "k".repeat(LIMIT) });
    assert.equal(answer.code, status.RESOURCE_EXHAUSTED, answer.details);
    assert.match(answer.details, /larger than max/);
    assert.equal(echo.calls, 0);
  });

  test("an answer over maxSendMessageBytes is RESOURCE_EXHAUSTED", async () => {
    const { address } = await startServer({
      redis: { Get: (_call: UnaryCall, respond: Respond) => respond(null, { found: true, value: "v".repeat(LIMIT) }) },
    });
    const answer = await unary(client(address, "redis"), "Get", { key: "k" });
    assert.equal(answer.code, status.RESOURCE_EXHAUSTED, answer.details);
    assert.match(answer.details, /Sent message larger than max/);
  });

  test("a small gzip request that decompresses past the limit is RESOURCE_EXHAUSTED", async () => {
    const echo = countedEcho();
    const { address } = await startServer({ redis: { Get: echo.Get } });
    const bomb = gzipSync(getRequest("z".repeat(64 * 1024)));
    assert.ok(bomb.length < LIMIT, "compressed, it fits the limit");
    const answer = await rawCall(address, GET_PATH, frame(bomb, { compressed: true }), {
      headers: { "grpc-encoding": "gzip" },
    });
    assert.equal(answer.code, status.RESOURCE_EXHAUSTED, answer.message);
    assert.match(answer.message, new RegExp(`decompresses to a size larger than ${LIMIT}`));
    assert.equal(echo.calls, 0);
  });
});

describe("refusals", SUITE, () => {
  test("an unknown method, or one the service does not implement, is UNIMPLEMENTED", async () => {
    const { address } = await startServer({ redis: { Get: echoGet } });
    const Generic = makeGenericClientConstructor({}, "raw");
    const generic = new Generic(address, credentials.createInsecure());
    cleanups.push(() => generic.close());
    const unknown = await new Promise<ServiceError | null>((resolve) =>
      generic.makeUnaryRequest(
        "/isa.redis.RedisService/NoSuchMethod",
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.alloc(0),
        (err) => resolve(err),
      ),
    );
    assert.equal(unknown?.code, status.UNIMPLEMENTED);
    assert.match(unknown!.details, /NoSuchMethod/);
    const notImplemented = await unary(client(address, "redis"), "Set", { key: "k", value: "v" });
    assert.equal(notImplemented.code, status.UNIMPLEMENTED, notImplemented.details);
  });

  test("a request whose content-type is not application/grpc is HTTP 415", async () => {
    const { address } = await startServer({ redis: { Get: echoGet } });
    const answer = await rawCall(address, GET_PATH, frame(getRequest("k")), {
      headers: { "content-type": "application/json" },
    });
    assert.equal(answer.httpStatus, 415);
    assert.equal(answer.code, undefined);
  });
});

describe("malformed requests on a raw HTTP/2 stream", SUITE, () => {
  test("a unary call with two request messages is UNIMPLEMENTED", async () => {
    const echo = countedEcho();
    const { address } = await startServer({ redis: { Get: echo.Get } });
    const two = Buffer.concat([frame(getRequest("a")), frame(getRequest("b"))]);
    const answer = await rawCall(address, GET_PATH, two);
    assert.equal(answer.code, status.UNIMPLEMENTED, answer.message);
    assert.match(answer.message, /second request message/);
    assert.equal(echo.calls, 0);
  });

  test("a request that ends in the middle of a message is INTERNAL", async () => {
    const echo = countedEcho();
    const { address } = await startServer({ redis: { Get: echo.Get } });
    const answer = await rawCall(address, GET_PATH, frame(Buffer.alloc(10), { announced: 100 }));
    assert.equal(answer.code, status.INTERNAL, answer.message);
    assert.match(answer.message, /middle of a message/);
    assert.equal(echo.calls, 0);
  });

  test("a compressed flag without a grpc-encoding is INTERNAL", async () => {
    const echo = countedEcho();
    const { address } = await startServer({ redis: { Get: echo.Get } });
    const answer = await rawCall(address, GET_PATH, frame(gzipSync(getRequest("k")), { compressed: true }));
    assert.equal(answer.code, status.INTERNAL, answer.message);
    assert.match(answer.message, /without a grpc-encoding/);
    assert.equal(echo.calls, 0);
  });

  test("bytes that are not protobuf end their call with a status; the server answers the next call", async () => {
    const echo = countedEcho();
    const { address } = await startServer({ redis: { Get: echo.Get } });
    // Field 1 announced as a varint, and the message ends before its value.
    const garbage = await rawCall(address, GET_PATH, frame(Buffer.from([0x08])));
    assert.equal(garbage.httpStatus, 200);
    assert.equal(garbage.code, status.INTERNAL, garbage.message);
    assert.match(garbage.message, /deserializing/);
    assert.equal(echo.calls, 0);

    const good = await rawCall(address, GET_PATH, frame(getRequest("still here")));
    assert.equal(good.code, status.OK, good.message);
    assert.deepEqual(REDIS.Get!.responseDeserialize(good.body.subarray(5)), { found: true, value: "still here" });
    assert.equal(echo.calls, 1);
  });
});

describe("streams", SUITE, () => {
  test("a server stream delivers its messages in order, then OK", async () => {
    const { address } = await startServer({
      minio: {
        GetObject: (call: StreamCall) => {
          const { object_key } = call.request as { object_key: string };
          for (let i = 0; i < 5; i++) call.write({ chunk: Buffer.from(`${object_key}-${i}`) });
          call.end();
        },
      },
    });
    const stream = client(address, "minio").GetObject({ bucket_name: "b", object_key: "obj" });
    const answer = await readToStatus(stream);
    assert.equal(answer.code, status.OK, answer.details);
    assert.deepEqual(
      answer.messages.map((m) => m.chunk.toString()),
      ["obj-0", "obj-1", "obj-2", "obj-3", "obj-4"],
    );
  });

  test('a server stream that emits "error" after two messages ends with that status, after both', async () => {
    const { address } = await startServer({
      minio: {
        GetObject: (call: StreamCall) => {
          call.write({ chunk: Buffer.from("first") });
          call.write({ chunk: Buffer.from("second") });
          call.emit("error", { code: status.FAILED_PRECONDITION, details: "x" });
        },
      },
    });
    const answer = await readToStatus(client(address, "minio").GetObject({ object_key: "o" }));
    assert.deepEqual(
      answer.messages.map((m) => m.chunk.toString()),
      ["first", "second"],
    );
    assert.equal(answer.code, status.FAILED_PRECONDITION);
    assert.equal(answer.details, "x");
  });

  test("a client stream's messages reach the handler in order, and its answer reaches the client", async () => {
    const received: Message[] = [];
    const { address } = await startServer({
      minio: {
        PutObject: async (call: StreamCall, respond: Respond) => {
          for await (const message of call) received.push(message);
          const chunks = received.filter((m) => m.data === "chunk").map((m) => m.chunk.toString());
          respond(null, { success: true, object_key: received[0].metadata.object_key, etag: chunks.join("+") });
        },
      },
    });
    const answer = await new Promise<Outcome>((resolve) => {
      const upload: ClientWritableStream<Message> = client(address, "minio").PutObject(
        (err: ServiceError | null, value: Message) =>
          resolve(err ? { code: err.code, details: err.details } : { code: status.OK, details: "", value }),
      );
      upload.write({ metadata: { bucket_name: "b", object_key: "put-key" } });
      for (const piece of ["a", "b", "c", "d"]) upload.write({ chunk: Buffer.from(piece) });
      upload.end();
    });
    assert.equal(answer.code, status.OK, answer.details);
    assert.equal(answer.value.object_key, "put-key");
    assert.equal(answer.value.etag, "a+b+c+d");
    assert.deepEqual(
      received.map((m) => m.data),
      ["metadata", "chunk", "chunk", "chunk", "chunk"],
    );
  });

  test("a bidi stream echoes each message back, then OK", async () => {
    const { address } = await startServer({
      chat: {
        Chat: (call: StreamCall) => {
          call.on("data", (message) => call.write(message));
          call.on("end", () => call.end());
        },
      },
    });
    const chat = client(address, "chat").Chat();
    const answer = readToStatus(chat);
    for (const piece of ["one", "two", "three"]) chat.write({ chunk: Buffer.from(piece) });
    chat.end();
    const { code, details, messages } = await answer;
    assert.equal(code, status.OK, details);
    assert.deepEqual(
      messages.map((m: Message) => m.chunk.toString()),
      ["one", "two", "three"],
    );
  });
});

describe("listening, idle requests and shutdown", SUITE, () => {
  test("a server on a unix socket answers through unix:<path>", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isa-transport-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { address } = await startServer({ redis: { Get: echoGet } }, {}, { path: join(dir, "grpc.sock") });
    assert.equal(address, `unix:${join(dir, "grpc.sock")}`);
    const answer = await unary(client(address, "redis"), "Get", { key: "over a socket" });
    assert.equal(answer.code, status.OK, answer.details);
    assert.equal(answer.value.value, "over a socket");
  });

  test("half a request message is ended CANCELLED after requestIdleMs, and onRequestIdle is told", async () => {
    const idled: string[] = [];
    const { address } = await startServer(
      { redis: { Get: echoGet } },
      { requestIdleMs: 200, onRequestIdle: (path) => idled.push(path) },
    );
    const answer = await rawCall(address, GET_PATH, frame(Buffer.alloc(10), { announced: 100 }), { end: false });
    assert.equal(answer.code, status.CANCELLED, answer.message);
    assert.match(answer.message, /not completed within 200 ms/);
    assert.deepEqual(idled, [GET_PATH]);
  });

  test("tryShutdown lets a call in flight finish; its done callback runs after the answer", async () => {
    let started!: () => void;
    const handlerStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const { server, address } = await startServer({
      redis: {
        Get: (call: UnaryCall, respond: Respond) => {
          started();
          setTimeout(() => echoGet(call, respond), 300);
        },
      },
    });
    const order: string[] = [];
    const answer = unary(client(address, "redis"), "Get", { key: "late" }).then((a) => {
      order.push("answer");
      return a;
    });
    await handlerStarted;
    const shutDown = new Promise<void>((resolve) =>
      server.tryShutdown(() => {
        order.push("done");
        resolve();
      }),
    );
    const { code, details, value } = await answer;
    assert.equal(code, status.OK, details);
    assert.equal(value.value, "late");
    await shutDown;
    assert.deepEqual(order, ["answer", "done"]);
  });

  test("forceShutdown ends a call in flight: an error for the client, cancelled for the handler", async () => {
    const hang = neverAnswering();
    const { server, address } = await startServer({ redis: { Get: hang.handler } });
    const answer = unary(client(address, "redis"), "Get", { key: "k" });
    const { call, cancelled } = await hang.arrival;
    server.forceShutdown();
    const { code, details } = await answer;
    assert.ok(code === status.UNAVAILABLE || code === status.CANCELLED, `${status[code]}: ${details}`);
    await cancelled;
    assert.equal(call.cancelled, true);
  });
});
