/**
 * The injected spec actually runs, without a cluster: inject a pod, take the sidecar container
 * out of the result and run it as a process with exactly its command line and environment
 * (secretKeyRefs resolved from a test map, `isa-sidecar` being bin/isa-sidecar.js), wait for its
 * startup probe like kubelet would, then call Redis through it the way the app container would
 * find it (from the env the injector gave the app). Needs Redis on 127.0.0.1:6379.
 */
import assert from "node:assert/strict";
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { promisify } from "node:util";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { parseInjectorConfig } from "../../injector/config";
import type { Container, EnvVar, Pod } from "../../injector/k8s";
import { buildPatch } from "../../injector/mutate";
import { SIDECAR_NAME } from "../../injector/sidecar-container";
import { applyJsonPatch, kustomize, repoRoot, TEST_VERSION, validateObject } from "../fixtures/injector/support";
import { freePorts } from "../helpers/ports";

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), "isa-injector-e2e-"));
const devKeyFile = path.join(work, "dev-key.json");
const children: ChildProcess[] = [];

after(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

/** The Secrets of the test "namespace": secret/key → value. */
const secrets: Record<string, string> = { "pg-tenants/key": "tenant-secret-for-test" };

function resolveEnv(env: EnvVar[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of env) {
    if (e.value !== undefined) out[e.name] = e.value;
    else if (e.valueFrom?.secretKeyRef) {
      const { name, key } = e.valueFrom.secretKeyRef;
      const value = secrets[`${name}/${key}`];
      assert.ok(value !== undefined, `secret ${name}/${key} is not in the test map`);
      out[e.name] = value;
    } else assert.fail(`env ${e.name} has a source the test cannot resolve`);
  }
  return out;
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

/** kubelet's view of the startup probe: poll until 200, within the probe's own budget. */
async function waitForProbe(container: Container, child: ChildProcess): Promise<string> {
  const probe = container.startupProbe as { httpGet: { path: string; port: number }; failureThreshold: number };
  const url = `http://127.0.0.1:${probe.httpGet.port}${probe.httpGet.path}`;
  const deadline = Date.now() + Math.min(probe.failureThreshold, 30) * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      assert.fail(`the sidecar exited with ${child.exitCode} before its startup probe passed`);
    if ((await httpStatus(url)) === 200) return url;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`startup probe ${url} never answered 200`);
}

/** Runs a container's command line as a local process: `isa-sidecar` is this checkout's bin script. */
function runContainer(container: Container): { child: ChildProcess; output: () => string } {
  assert.deepEqual(container.command, ["isa-sidecar"]);
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", ...resolveEnv(container.env) };
  const child = spawn(process.execPath, [path.join(repoRoot, "bin/isa-sidecar.js"), ...(container.args ?? [])], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  return { child, output: () => out };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  return exited;
}

function redisClient(host: string, port: string) {
  const protoDir = path.join(repoRoot, "proto");
  const def = protoLoader.loadSync(path.join(protoDir, "isa/redis.proto"), { includeDirs: [protoDir], keepCase: true });
  // biome-ignore lint/suspicious/noExplicitAny: the loaded package is untyped by nature
  const pkg = grpc.loadPackageDefinition(def) as any;
  return new pkg.isa.redis.RedisService(`${host}:${port}`, grpc.credentials.createInsecure());
}

function unary<T>(client: grpc.Client, method: string, request: object, metadata: grpc.Metadata): Promise<T> {
  return new Promise((resolve, reject) => {
    // biome-ignore lint/suspicious/noExplicitAny: dynamic method lookup on a generated client
    (client as any)[method](request, metadata, { deadline: Date.now() + 5000 }, (err: Error | null, res: T) =>
      err ? reject(err) : resolve(res),
    );
  });
}

function inject(pod: Pod, configText: string): { pod: Pod; sidecar: Container; app: Container } {
  const config = parseInjectorConfig(configText, "e2e config", TEST_VERSION);
  const { patch, report } = buildPatch(pod, { name: "apps" }, config);
  assert.equal(report.result, "injected", JSON.stringify(report));
  const injected = applyJsonPatch(pod, patch);
  validateObject(injected);
  const sidecar = injected.spec!.initContainers!.find((c) => c.name === SIDECAR_NAME)!;
  assert.equal(sidecar.restartPolicy, "Always");
  const app = injected.spec!.containers!.find((c) => c.name === "app")!;
  return { pod: injected, sidecar, app };
}

describe("the injected sidecar runs", () => {
  test("JWT mode: startup probe passes, then Set/Get through the sidecar with a token", async () => {
    const [grpcPort, adminPort] = await freePorts(2);
    const pod: Pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name: "e2e",
        annotations: {
          "isa.cloud/inject": "true",
          "sidecar.isa.cloud/listen": `127.0.0.1:${grpcPort}`,
          "sidecar.isa.cloud/admin-listen": `127.0.0.1:${adminPort}`,
          "sidecar.isa.cloud/redis-url": "redis://127.0.0.1:6379",
          "sidecar.isa.cloud/postgres-tenant-key-secret": "pg-tenants/key",
          "sidecar.isa.cloud/log-level": "warn",
        },
      },
      spec: { containers: [{ name: "app", image: "registry.example/app:1" }] },
    };
    // Development config: --dev trusts the key that `isa-sidecar token` signs with.
    const { sidecar, app } = inject(
      pod,
      `defaults: {image: "registry.example/isa-sidecar:e2e"}\nextra-args: ["--dev", "--dev-key-file=${devKeyFile}"]\n`,
    );
    assert.ok(sidecar.args!.includes("--dev"));

    const { child, output } = runContainer(sidecar);
    await waitForProbe(sidecar, child);
    const live = sidecar.livenessProbe as { httpGet: { path: string; port: number } };
    assert.equal(await httpStatus(`http://127.0.0.1:${live.httpGet.port}${live.httpGet.path}`), 200);

    const appEnv = resolveEnv(app.env);
    assert.equal(appEnv.ISA_SIDECAR_ADDR, `127.0.0.1:${grpcPort}`);
    const { stdout: token } = await run(process.execPath, [
      path.join(repoRoot, "bin/isa-sidecar.js"),
      "token",
      "--org",
      "e2e-org",
      "--user",
      "e2e-user",
      `--dev-key-file=${devKeyFile}`,
    ]);
    const metadata = new grpc.Metadata();
    metadata.set("authorization", `Bearer ${token.trim()}`);
    const client = redisClient(appEnv.ISA_CLOUD_REDIS_HOST!, appEnv.ISA_CLOUD_REDIS_PORT!);
    const value = `injected at ${Date.now()}`;
    try {
      await unary(client, "Set", { key: "injector-e2e", value }, metadata);
      const got = await unary<{ found: boolean; value: string }>(client, "Get", { key: "injector-e2e" }, metadata);
      assert.deepEqual({ found: got.found, value: got.value }, { found: true, value });
      const anonymous = await unary(client, "Get", { key: "injector-e2e" }, new grpc.Metadata()).catch((e) => e);
      assert.equal((anonymous as grpc.ServiceError).code, grpc.status.UNAUTHENTICATED);
    } finally {
      client.close();
    }
    assert.equal(await stop(child), 0, output());
  });

  test("the example app: injected with the shipped config, it calls Redis through its sidecar", async () => {
    const rendered = kustomize(path.join(repoRoot, "manifests/example"));
    const deployment = rendered.find(
      (d) => d.kind === "Deployment" && (d.metadata as Pod["metadata"])?.name === "example-app",
    );
    assert.ok(deployment, "manifests/example has the example-app Deployment");
    const template = (deployment.spec as { template: Pod }).template;
    const [grpcPort, adminPort] = await freePorts(2);
    // Only where things are changes for a laptop: ports and Redis; auth and identity are the example's own.
    const annotations = {
      ...template.metadata!.annotations,
      "sidecar.isa.cloud/listen": `127.0.0.1:${grpcPort}`,
      "sidecar.isa.cloud/admin-listen": `127.0.0.1:${adminPort}`,
      "sidecar.isa.cloud/redis-url": "redis://127.0.0.1:6379",
    };
    const shipped = readFileSync(path.join(repoRoot, "manifests/injector-config.yaml"), "utf8");
    const { sidecar, app } = inject(
      { apiVersion: "v1", kind: "Pod", metadata: { ...template.metadata, annotations }, spec: template.spec },
      shipped,
    );
    assert.ok(sidecar.args!.includes("--auth=local"));

    // The app is pointed at the annotated port (had the annotations been reverted, e.g. because
    // listen and admin-listen were given one port, it would be pointed at the default 50055).
    assert.equal(resolveEnv(app.env).ISA_CLOUD_REDIS_PORT, String(grpcPort));
    const { child, output } = runContainer(sidecar);
    await waitForProbe(sidecar, child);

    const clientScript = path.join(repoRoot, "manifests/example/client.js");
    assert.deepEqual(app.command, ["/nodejs/bin/node", "/example/client.js"]);
    const { stdout } = await run(process.execPath, [clientScript], {
      env: {
        ...resolveEnv(app.env),
        ISA_EXAMPLE_ONCE: "1",
        ISA_EXAMPLE_NODE_MODULES: path.join(repoRoot, "node_modules"),
        ISA_EXAMPLE_PROTO_DIR: path.join(repoRoot, "proto"),
      },
    }).catch((err) => assert.fail(`example client failed: ${err.stdout ?? ""}${err.stderr ?? ""}\n${output()}`));
    const line = JSON.parse(stdout.trim().split("\n").pop()!);
    assert.equal(line.ok, true);
    assert.equal(line.target, `127.0.0.1:${grpcPort}`);
    assert.equal(await stop(child), 0, output());
  });
});
