// The example app: every few seconds, Set then Get a key through the sidecar's
// isa.redis.RedisService, logging one JSON line per round. It knows only the environment the
// injector gives it (ISA_CLOUD_REDIS_HOST/PORT). With ISA_EXAMPLE_ONCE=1 it does one round and
// exits 0 on success, 1 otherwise (the project's end-to-end test runs it that way).
"use strict";
const path = require("node:path");

const modules = process.env.ISA_EXAMPLE_NODE_MODULES || "/app/node_modules";
const protoDir = process.env.ISA_EXAMPLE_PROTO_DIR || "/app/proto";
const grpc = require(path.join(modules, "@grpc/grpc-js"));
const protoLoader = require(path.join(modules, "@grpc/proto-loader"));

const target = `${process.env.ISA_CLOUD_REDIS_HOST || "127.0.0.1"}:${process.env.ISA_CLOUD_REDIS_PORT || "50055"}`;
const definition = protoLoader.loadSync(path.join(protoDir, "isa/redis.proto"), {
  includeDirs: [protoDir],
  keepCase: true,
});
const { RedisService } = grpc.loadPackageDefinition(definition).isa.redis;
const client = new RedisService(target, grpc.credentials.createInsecure());

function call(method, request) {
  return new Promise((resolve, reject) => {
    client[method](request, { deadline: Date.now() + 5000 }, (err, response) =>
      err ? reject(err) : resolve(response),
    );
  });
}

async function round(n) {
  const value = `hello ${n} at ${new Date().toISOString()}`;
  await call("Set", { key: "example:greeting", value });
  const got = await call("Get", { key: "example:greeting" });
  const ok = got.found && got.value === value;
  console.log(JSON.stringify({ round: n, target, ok, value: got.value }));
  return ok;
}

async function main() {
  const once = process.env.ISA_EXAMPLE_ONCE === "1";
  const interval = Number(process.env.ISA_EXAMPLE_INTERVAL_MS || 10000);
  for (let n = 1; ; n++) {
    let ok = false;
    try {
      ok = await round(n);
    } catch (err) {
      console.log(JSON.stringify({ round: n, target, ok: false, error: err.message }));
    }
    if (once) process.exit(ok ? 0 : 1);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

main();
