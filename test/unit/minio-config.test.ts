/** Object storage flags and env: endpoint forms, TLS, credentials; the S3 client loads only when configured. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { Command } from "commander";
import { minioPlugin, parseEndpoint } from "../../sidecar/services/minio/plugin";

/** Flags and env through commander, as the CLI parses them. */
function resolve(args: string[], env: Record<string, string> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const command = new Command().exitOverride();
    for (const option of minioPlugin.options()) command.addOption(option);
    command.parse(args, { from: "user" });
    return minioPlugin.resolve(command.opts(), process.env);
  } finally {
    process.env = saved;
  }
}

const keys = ["--minio-access-key", "ak", "--minio-secret-key", "sk"];

test("the endpoint's scheme decides TLS; host:port takes --minio-use-ssl", () => {
  assert.deepEqual(parseEndpoint("http://minio:9000", false), { endPoint: "minio", port: 9000, useSSL: false });
  assert.deepEqual(parseEndpoint("https://minio.example", false), {
    endPoint: "minio.example",
    port: 443,
    useSSL: true,
  });
  assert.deepEqual(parseEndpoint("minio:9000", true), { endPoint: "minio", port: 9000, useSSL: true });
  assert.deepEqual(parseEndpoint("minio", false), { endPoint: "minio", port: 80, useSSL: false });
  assert.deepEqual(parseEndpoint("http://[::1]:9000", false), { endPoint: "::1", port: 9000, useSSL: false });
  assert.throws(
    () => parseEndpoint("http://minio:9000", true),
    /--minio-use-ssl: the endpoint says http:\/\/; the scheme decides TLS/,
  );
  assert.throws(() => parseEndpoint("ftp://minio", false), /scheme must be http: or https:/);
  assert.throws(() => parseEndpoint("http://user:pw@minio", false), /put credentials in --minio-access-key/);
  assert.throws(() => parseEndpoint("http://minio/path", false), /without a path/);
});

test("no endpoint: the service is not configured", () => {
  assert.equal(resolve([]), undefined);
  assert.equal(resolve(keys), undefined);
});

test("flags resolve to the S3 config; defaults: us-east-1, no public policies, 64 MiB parts", () => {
  assert.deepEqual(resolve(["--minio-endpoint", "http://127.0.0.1:9000", ...keys]), {
    s3: { endPoint: "127.0.0.1", port: 9000, useSSL: false, accessKey: "ak", secretKey: "sk", region: "us-east-1" },
    allowPublicPolicies: false,
    maxPartBytes: 64 * 1024 * 1024,
  });
  const tls = resolve([
    "--minio-endpoint",
    "minio:9000",
    "--minio-use-ssl",
    "--minio-allow-public-policies",
    "--minio-region",
    "eu-west-1",
    ...keys,
  ]);
  assert.deepEqual([tls?.s3.useSSL, tls?.allowPublicPolicies, tls?.s3.region], [true, true, "eu-west-1"]);
});

test("the isA environment variables configure it too; USE_SSL=false means false", () => {
  const config = resolve([], {
    ISA_CLOUD_STORAGE_MINIO_ENDPOINT: "minio:9000",
    ISA_CLOUD_STORAGE_MINIO_ACCESS_KEY: "env-ak",
    ISA_CLOUD_STORAGE_MINIO_SECRET_KEY: "env-sk",
    ISA_CLOUD_STORAGE_MINIO_USE_SSL: "false",
    ISA_CLOUD_STORAGE_MINIO_REGION: "ap-south-1",
  });
  assert.deepEqual(config?.s3, {
    endPoint: "minio",
    port: 9000,
    useSSL: false,
    accessKey: "env-ak",
    secretKey: "env-sk",
    region: "ap-south-1",
  });
  const secure = resolve([], {
    ISA_CLOUD_STORAGE_MINIO_ENDPOINT: "minio:9000",
    ISA_CLOUD_STORAGE_MINIO_ACCESS_KEY: "a",
    ISA_CLOUD_STORAGE_MINIO_SECRET_KEY: "s",
    ISA_CLOUD_STORAGE_MINIO_USE_SSL: "true",
  });
  assert.equal(secure?.s3.useSSL, true);
  assert.throws(
    () =>
      resolve([], {
        ISA_CLOUD_STORAGE_MINIO_ENDPOINT: "m:1",
        ISA_CLOUD_STORAGE_MINIO_ACCESS_KEY: "a",
        ISA_CLOUD_STORAGE_MINIO_SECRET_KEY: "s",
        ISA_CLOUD_STORAGE_MINIO_USE_SSL: "maybe",
      }),
    /--minio-use-ssl: "maybe" is not true or false/,
  );
});

test("both keys are required, and a refusal never repeats the secret", () => {
  assert.throws(
    () => resolve(["--minio-endpoint", "m:1", "--minio-access-key", "ak"]),
    /--minio-secret-key: object storage needs both/,
  );
  try {
    resolve(["--minio-endpoint", "m:1", "--minio-secret-key", "TOP-SECRET"]);
    assert.fail("expected a refusal");
  } catch (err) {
    assert.doesNotMatch(String(err), /TOP-SECRET/);
  }
});

test("the S3 client library is loaded only when object storage is created", () => {
  // Each check runs in a fresh process: `require.cache` shows what loading the sidecar pulled in.
  const run = (code: string) => {
    const out = spawnSync(process.execPath, ["-e", code], { cwd: __dirname, encoding: "utf8" });
    assert.equal(out.status, 0, out.stderr);
    return JSON.parse(out.stdout) as { minio: boolean; rss: number };
  };
  const report = `console.log(JSON.stringify({ minio: Object.keys(require.cache).some((k) => k.includes("/node_modules/minio/")), rss: process.memoryUsage().rss }))`;
  const registryOnly = run(`require("../../sidecar/services/registry"); ${report}`);
  assert.equal(registryOnly.minio, false);
  const created = run(
    `const { connectS3 } = require("../../sidecar/backends/s3");
     const b = connectS3({ endPoint: "127.0.0.1", port: 9, useSSL: false, accessKey: "a", secretKey: "s", region: "us-east-1" },
       { info() {}, debug() {} }, () => {});
     ${report}; b.close(); process.exit(0);`,
  );
  assert.equal(created.minio, true);
});
