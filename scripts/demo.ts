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

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "isa-sidecar.js");
const LISTEN = process.env.DEMO_LISTEN ?? "127.0.0.1:50151";
const ADMIN = process.env.DEMO_ADMIN_LISTEN ?? "127.0.0.1:50150";

// biome-ignore lint/suspicious/noExplicitAny: a generic client over the loaded protos
type Any = any;

const definition = loadSync(["isa/redis.proto", "grpc/health/v1/health.proto"], {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [join(ROOT, "proto")],
});
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

function show(service: string, method: string, request: object, response: object): void {
  console.log(
    `  ${service} ${method.padEnd(14)} ${JSON.stringify(request)}\n${" ".repeat(17)}→ ${JSON.stringify(response)}`,
  );
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
  const redis = client(api.isa.redis.RedisService, token);
  const steps: [string, object][] = [
    ["Set", { key: "greeting", value: "hello from isa-sidecar" }],
    ["Get", { key: "greeting" }],
    ["Increment", { key: "visits", delta: 1 }],
    ["HSet", { key: "profile", fields: [{ field: "name", value: "Alice" }] }],
    ["HGetAll", { key: "profile" }],
    ["ListKeys", { pattern: "*", limit: 10 }],
    ["Delete", { key: "greeting" }],
    ["Get", { key: "greeting" }],
    ["DeleteMultiple", { keys: ["visits", "profile"] }],
  ];
  for (const [method, request] of steps) show("redis", method, request, await redis.call(method, request));
  redis.raw.close();
  console.log("  (in Redis the keys live under demo-org:alice:…; the caller never sees the prefix)");
}

async function main(): Promise<void> {
  const devKeyFile = join(mkdtempSync(join(tmpdir(), "isa-demo-")), "dev-key.json");
  const args = ["serve", "--dev", "--dev-key-file", devKeyFile, "--listen", LISTEN, "--admin-listen", ADMIN];
  console.log(`$ isa-sidecar ${args.join(" ")}`);
  const sidecar: ChildProcess = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let audit = "";
  sidecar.stdout!.on("data", (chunk) => {
    audit += chunk;
  });
  try {
    await waitServing("isa.redis.RedisService");
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
  } finally {
    sidecar.kill("SIGTERM");
    const code = await new Promise((r) => sidecar.once("exit", r));
    const events = audit.split("\n").filter((l) => l.includes('"kind":"audit"'));
    console.log(
      `\nAudit: ${events.length} events on the sidecar's stdout, e.g.\n  ${events[1] ?? events[0] ?? "(none)"}`,
    );
    console.log(`Sidecar stopped on SIGTERM with exit code ${code}.`);
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err.message}`);
  process.exit(1);
});
