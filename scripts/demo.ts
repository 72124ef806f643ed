/**
 * The main job, end to end: starts the sidecar from its CLI (local backends are already up via
 * scripts/backends.sh), mints a development token, and makes a round trip through every service
 * the sidecar serves, printing each call. Run it with `npm run demo`.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { credentials, loadPackageDefinition, Metadata, type ServiceError } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { freePorts } from "../test/helpers/ports";
import { s3rverArgs, startS3rver } from "../test/helpers/s3rver";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "isa-sidecar.js");
// Free loopback ports unless given: a fixed port in the ephemeral range (50150 was) can be held by
// any outgoing connection of the machine at that moment, and the sidecar then cannot listen.
let LISTEN = process.env.DEMO_LISTEN ?? "";
let ADMIN = process.env.DEMO_ADMIN_LISTEN ?? "";

// biome-ignore lint/suspicious/noExplicitAny: a generic client over the loaded protos
type Any = any;

const definition = loadSync(
  ["isa/redis.proto", "isa/postgres.proto", "isa/nats.proto", "isa/minio.proto", "grpc/health/v1/health.proto"],
  {
    keepCase: true,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
    includeDirs: [join(ROOT, "proto")],
  },
);
const api = loadPackageDefinition(definition) as Any;

function client(ctor: Any, token?: string) {
  const raw = new ctor(LISTEN, credentials.createInsecure());
  const metadata = new Metadata();
  if (token) metadata.set("authorization", `Bearer ${token}`);
  const call = (method: string, request: object): Promise<Any> =>
    new Promise((ok, fail) => {
      raw[method](request, metadata, { deadline: Date.now() + 5000 }, (err: ServiceError | null, res: Any) =>
        err ? fail(err) : ok(res),
      );
    });
  return { raw, call };
}

/** JSON for display: Buffers as text, protobuf Struct/Value as the plain values they carry. */
function plain(value: Any): Any {
  if (Buffer.isBuffer(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "fields" && !Array.isArray(value.fields)) return plain(value.fields);
    if (keys.length === 1 && keys[0] === "values" && Array.isArray(value.values)) return plain(value.values);
    if (typeof value.kind === "string" && value.kind in value) return plain(value[value.kind]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function show(service: string, method: string, request: object, response: object): void {
  const indent = " ".repeat(service.length + 19);
  console.log(`  ${service} ${method.padEnd(16)} ${JSON.stringify(plain(request))}`);
  console.log(`${indent}→ ${JSON.stringify(plain(response))}`);
}

async function roundTrip(service: string, ctor: Any, token: string, steps: [string, object][]): Promise<void> {
  const c = client(ctor, token);
  for (const [method, request] of steps) show(service, method, request, await c.call(method, request));
  c.raw.close();
}

async function waitServing(service: string): Promise<void> {
  const health = client(api.grpc.health.v1.Health);
  for (let i = 0; i < 200; i++) {
    const state = await health.call("Check", { service }).catch(() => undefined);
    if (state?.status === "SERVING") return health.raw.close();
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${service} did not become SERVING; is its backend up? (bash scripts/backends.sh)`);
}

async function redisRoundTrip(token: string): Promise<void> {
  console.log("\nRedis (isa.redis.RedisService), as org demo-org / user alice:");
  await roundTrip("redis", api.isa.redis.RedisService, token, [
    ["Set", { key: "greeting", value: "hello from isa-sidecar" }],
    ["Get", { key: "greeting" }],
    ["Increment", { key: "visits", delta: 1 }],
    ["HSet", { key: "profile", fields: [{ field: "name", value: "Alice" }] }],
    ["HGetAll", { key: "profile" }],
    ["ListKeys", { pattern: "*", limit: 10 }],
    ["DeleteMultiple", { keys: ["greeting", "visits", "profile"] }],
    ["Get", { key: "greeting" }],
  ]);
  console.log("  (in Redis the keys live under demo-org:alice:…; the caller never sees the prefix)");
}

// google.protobuf.Value is a built-in type of protobufjs: its fields are camelCase even with keepCase.
const text = (v: string) => ({ stringValue: v });

async function postgresRoundTrip(token: string): Promise<void> {
  console.log("\nPostgreSQL (isa.postgres.PostgresService), in demo-org's own role and schema:");
  await roundTrip("postgres", api.isa.postgres.PostgresService, token, [
    ["Execute", { sql: "CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text NOT NULL)" }],
    ["InsertInto", { table: "notes", rows: [{ fields: { body: text("first note") } }], returning: true }],
    ["QueryRow", { sql: "SELECT count(*) AS notes, current_user AS role FROM notes" }],
    ["ListTables", {}],
    ["Execute", { sql: "DROP TABLE notes" }],
  ]);
}

async function natsRoundTrip(token: string): Promise<void> {
  console.log("\nNATS (isa.nats.NATSService), subjects and streams confined to demo-org:");
  const config = { name: "demo_events", subjects: ["demo.>"], storage: "STORAGE_MEMORY" };
  await roundTrip("nats", api.isa.nats.NATSService, token, [
    ["Publish", { subject: "demo.hello", data: Buffer.from("hi") }],
    ["CreateStream", { config }],
    ["PublishToStream", { stream_name: "demo_events", subject: "demo.created", data: Buffer.from("event 1") }],
    ["KVPut", { bucket: "demo_kv", key: "colour", value: Buffer.from("green") }],
    ["KVGet", { bucket: "demo_kv", key: "colour" }],
    ["DeleteStream", { stream_name: "demo_events" }],
  ]);
}

/** PutObject is a client stream (metadata, then chunks); GetObject a server stream (info, then chunks). */
async function objectStreams(token: string, bucket: string, key: string, body: string): Promise<void> {
  const { raw } = client(api.isa.minio.MinIOService);
  const metadata = new Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  const put = await new Promise<Any>((ok, fail) => {
    const call = raw.PutObject(metadata, (err: ServiceError | null, res: Any) => (err ? fail(err) : ok(res)));
    call.write({ metadata: { bucket_name: bucket, object_key: key, content_type: "text/plain" } });
    call.write({ chunk: Buffer.from(body) });
    call.end();
  });
  show("minio", "PutObject", { bucket_name: bucket, object_key: key, chunks: [body] }, put);
  const chunks: Buffer[] = [];
  let info: Any;
  await new Promise<void>((ok, fail) => {
    const call = raw.GetObject({ bucket_name: bucket, object_key: key }, metadata);
    call.on("data", (m: Any) => {
      if (m.metadata) info = m.metadata;
      else chunks.push(m.chunk);
    });
    call.on("error", fail);
    call.on("end", ok);
  });
  show(
    "minio",
    "GetObject",
    { bucket_name: bucket, object_key: key },
    { size: info?.size, content: Buffer.concat(chunks) },
  );
  raw.close();
}

async function minioRoundTrip(token: string): Promise<void> {
  console.log("\nObject storage (isa.minio.MinIOService) on s3rver, buckets named {org}-{bucket}:");
  const minio = (steps: [string, object][]) => roundTrip("minio", api.isa.minio.MinIOService, token, steps);
  await minio([["CreateBucket", { bucket_name: "demo-files" }]]);
  await objectStreams(token, "demo-files", "hello.txt", "stored through the sidecar");
  await minio([
    ["ListObjects", { bucket_name: "demo-files", recursive: true }],
    ["ListBuckets", {}],
    ["DeleteBucket", { bucket_name: "demo-files", force: true }],
  ]);
}

async function main(): Promise<void> {
  const [listenPort, adminPort] = await freePorts(2);
  LISTEN ||= `127.0.0.1:${listenPort}`;
  ADMIN ||= `127.0.0.1:${adminPort}`;
  // The S3 server of the tests (s3rver) stands in for MinIO, on a free port of its own.
  const s3 = await startS3rver();
  const devKeyFile = join(mkdtempSync(join(tmpdir(), "isa-demo-")), "dev-key.json");
  const args = [
    "serve",
    "--dev",
    "--dev-key-file",
    devKeyFile,
    "--listen",
    LISTEN,
    "--admin-listen",
    ADMIN,
    "--postgres-url",
    process.env.DEMO_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    "--postgres-tenant-secret",
    "demo-only-secret",
    "--nats-url",
    process.env.DEMO_NATS_URL ?? "nats://127.0.0.1:4222",
    ...s3rverArgs(s3),
  ];
  console.log(`$ isa-sidecar ${args.join(" ")}`);
  const sidecar: ChildProcess = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let audit = "";
  sidecar.stdout!.on("data", (chunk) => {
    audit += chunk;
  });
  try {
    const services = ["isa.redis.RedisService", "isa.postgres.PostgresService", "isa.nats.NATSService"];
    for (const service of [...services, "isa.minio.MinIOService"]) {
      await waitServing(service);
    }
    const token = execFileSync(process.execPath, [
      BIN,
      "token",
      "--org",
      "demo-org",
      "--user",
      "alice",
      "--dev-key-file",
      devKeyFile,
    ])
      .toString()
      .trim();
    console.log(`$ isa-sidecar token --org demo-org --user alice   → ${token.slice(0, 24)}… (EdDSA, dev key)`);
    await redisRoundTrip(token);
    await postgresRoundTrip(token);
    await natsRoundTrip(token);
    await minioRoundTrip(token);
  } finally {
    sidecar.kill("SIGTERM");
    const code = await new Promise((r) => sidecar.once("exit", r));
    const events = audit.split("\n").filter((l) => l.includes('"kind":"audit"'));
    console.log(
      `\nAudit: ${events.length} events on the sidecar's stdout, e.g.\n  ${events[1] ?? events[0] ?? "(none)"}`,
    );
    console.log(`Sidecar stopped on SIGTERM with exit code ${code}.`);
    await s3.stop();
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err.message}`);
  process.exit(1);
});
