/**
 * The webhook over real HTTPS, with a test CA made by openssl: reviews in, patches out, bad
 * requests answered with their reason, and the serving certificate rotated while requests keep
 * flowing, the way cert-manager and kubelet rotate a mounted Secret (a symlink swap).
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { TLSSocket } from "node:tls";
import pino from "pino";
import type { Pod } from "../../injector/k8s";
import { buildPatch } from "../../injector/mutate";
import { startWebhook, type Webhook } from "../../injector/webhook";
import { applyJsonPatch, repoRoot, testConfig, validateObject } from "../fixtures/injector/support";
import { TestCa } from "../helpers/test-ca";

const work = mkdtempSync(path.join(tmpdir(), "isa-injector-webhook-"));
const ca = new TestCa(path.join(work, "ca"));
const caPem = readFileSync(ca.caCert);
const secretDir = path.join(work, "secret");
let generation = 0;
after(() => rmSync(work, { recursive: true, force: true }));

/** Writes a cert/key pair the way kubelet updates a Secret volume: new dir, then one atomic symlink swap. */
function publish(pair: { cert: string; key: string }): void {
  mkdirSync(secretDir, { recursive: true });
  const dir = `..${Date.now()}_${++generation}`;
  mkdirSync(path.join(secretDir, dir));
  writeFileSync(path.join(secretDir, dir, "tls.crt"), pair.cert);
  writeFileSync(path.join(secretDir, dir, "tls.key"), pair.key);
  symlinkSync(dir, path.join(secretDir, "..data_tmp"));
  renameSync(path.join(secretDir, "..data_tmp"), path.join(secretDir, "..data"));
  if (generation === 1) {
    symlinkSync("..data/tls.crt", path.join(secretDir, "tls.crt"));
    symlinkSync("..data/tls.key", path.join(secretDir, "tls.key"));
  }
}

const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;

interface Reply {
  status: number;
  body: string;
  peer: string;
  headers: Record<string, string | string[] | undefined>;
}

function call(
  port: number,
  method: string,
  urlPath: string,
  body?: string | Buffer,
  headers: Record<string, string> = { "content-type": "application/json" },
  agent: Agent | false = false,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", servername: "localhost", port, method, path: urlPath, ca: caPem, agent, headers },
      (res) => {
        const peer = (res.socket as TLSSocket).getPeerCertificate().fingerprint256;
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), peer, headers: res.headers }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function reviewFor(pod: Pod, uid = "uid-1", namespace = "apps"): string {
  return JSON.stringify({
    apiVersion: "admission.k8s.io/v1",
    kind: "AdmissionReview",
    request: {
      uid,
      kind: { group: "", version: "v1", kind: "Pod" },
      resource: { group: "", version: "v1", resource: "pods" },
      namespace,
      operation: "CREATE",
      object: pod,
    },
  });
}

const annotated: Pod = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { generateName: "web-", annotations: { "isa.cloud/inject": "true", "sidecar.isa.cloud/colour": "blue" } },
  spec: { containers: [{ name: "app", image: "registry.example/app:1" }] },
};
const plain: Pod = { ...annotated, metadata: { generateName: "web-" } };

function metric(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  assert.ok(line, `metric ${series} is exported`);
  return Number(line.split(" ")[1]);
}

describe("webhook over HTTPS", () => {
  let webhook: Webhook;
  const first = ca.issue("first");
  const config = testConfig();

  before(async () => {
    publish(first);
    webhook = await startWebhook({
      host: "127.0.0.1",
      port: 0,
      certFile: path.join(secretDir, "tls.crt"),
      keyFile: path.join(secretDir, "tls.key"),
      config,
      logger: pino({ level: "silent" }),
      maxBodyBytes: 64 * 1024,
      certPollMs: 200,
    });
  });

  after(() => webhook.close());

  test("a valid review of an annotated pod gets the mutation's patch and warnings", async () => {
    const reply = await call(webhook.port, "POST", "/mutate", reviewFor(annotated, "abc-123"));
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers["content-type"]), /^application\/json/);
    const review = JSON.parse(reply.body);
    assert.equal(review.apiVersion, "admission.k8s.io/v1");
    assert.equal(review.kind, "AdmissionReview");
    assert.equal(review.response.uid, "abc-123");
    assert.equal(review.response.allowed, true);
    assert.equal(review.response.patchType, "JSONPatch");
    const patch = JSON.parse(Buffer.from(review.response.patch, "base64").toString());
    const expected = buildPatch(annotated, { name: "apps" }, config);
    assert.deepEqual(patch, expected.patch);
    assert.deepEqual(review.response.warnings, ["isa-injector: sidecar.isa.cloud/colour: unknown annotation, ignored"]);
    validateObject(applyJsonPatch(annotated, patch));
  });

  test("/mutate-namespace injects a pod that says nothing; /mutate leaves it alone", async () => {
    const viaNamespace = JSON.parse((await call(webhook.port, "POST", "/mutate-namespace", reviewFor(plain))).body);
    assert.equal(viaNamespace.response.patchType, "JSONPatch");
    const viaPod = JSON.parse((await call(webhook.port, "POST", "/mutate", reviewFor(plain))).body);
    assert.deepEqual(viaPod.response, { uid: "uid-1", allowed: true });
  });

  test("a request that is not a pod CREATE is allowed unchanged", async () => {
    const review = JSON.parse(reviewFor(annotated));
    review.request.operation = "UPDATE";
    const reply = JSON.parse((await call(webhook.port, "POST", "/mutate", JSON.stringify(review))).body);
    assert.deepEqual(reply.response, { uid: "uid-1", allowed: true });
  });

  test("a malformed review gets 400 with the reason", async () => {
    const notJson = await call(webhook.port, "POST", "/mutate", "{not json");
    assert.equal(notJson.status, 400);
    assert.match(notJson.body, /^malformed AdmissionReview: body is not JSON/);
    const noUid = JSON.parse(reviewFor(annotated));
    delete noUid.request.uid;
    const reply = await call(webhook.port, "POST", "/mutate", JSON.stringify(noUid));
    assert.equal(reply.status, 400);
    assert.equal(reply.body, "malformed AdmissionReview: request.uid is missing\n");
    const wrongKind = await call(webhook.port, "POST", "/mutate", JSON.stringify({ apiVersion: "v1", kind: "Pod" }));
    assert.equal(wrongKind.status, 400);
    assert.match(wrongKind.body, /expected apiVersion admission.k8s.io\/v1, kind AdmissionReview/);
  });

  test("a wrong content type gets 415", async () => {
    const reply = await call(webhook.port, "POST", "/mutate", reviewFor(annotated), { "content-type": "text/yaml" });
    assert.equal(reply.status, 415);
    assert.match(reply.body, /content-type must be application\/json/);
  });

  test("an oversized body gets 413, declared or streamed", async () => {
    const big = Buffer.alloc(100 * 1024, 0x20);
    const declared = await call(webhook.port, "POST", "/mutate", big);
    assert.equal(declared.status, 413);
    assert.equal(declared.body, "body exceeds 65536 bytes\n");
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          servername: "localhost",
          port: webhook.port,
          method: "POST",
          path: "/mutate",
          ca: caPem,
          agent: false,
          headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      for (let i = 0; i < 10; i++) req.write(Buffer.alloc(10 * 1024, 0x20));
      req.end();
    });
    assert.equal(chunked, 413);
  });

  test("GET endpoints: health, readiness, metrics; wrong method and path", async () => {
    assert.equal((await call(webhook.port, "GET", "/healthz")).status, 200);
    assert.equal((await call(webhook.port, "GET", "/readyz")).status, 200);
    assert.equal((await call(webhook.port, "GET", "/mutate")).status, 405);
    assert.equal((await call(webhook.port, "GET", "/nope")).status, 404);
    const before = (await call(webhook.port, "GET", "/metrics")).body;
    await call(webhook.port, "POST", "/mutate", reviewFor(annotated));
    await call(webhook.port, "POST", "/mutate", reviewFor(plain));
    await call(webhook.port, "POST", "/mutate", "[]");
    const after = (await call(webhook.port, "GET", "/metrics")).body;
    const delta = (series: string) => metric(after, series) - metric(before, series);
    assert.equal(delta("isa_injector_injected_total"), 1);
    assert.equal(delta('isa_injector_skipped_total{reason="not_opted_in"}'), 1);
    assert.equal(delta('isa_injector_skipped_total{reason="host_network"}'), 0);
    assert.equal(delta('isa_injector_failed_total{reason="malformed_review"}'), 1);
    assert.equal(delta("isa_injector_warnings_total"), 1);
    assert.equal(delta("isa_injector_review_duration_seconds_count"), 3);
  });

  test("certificate rotation while serving: new connections get the new certificate, no request fails", async () => {
    const failures: string[] = [];
    const seen = new Set<string>();
    let running = true;
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1, ca: caPem });
    const early = await call(webhook.port, "POST", "/mutate", reviewFor(annotated), undefined, keepAlive);
    assert.equal(early.peer, fingerprint(first.cert));

    const load = (async () => {
      while (running) {
        try {
          const reply = await call(webhook.port, "POST", "/mutate", reviewFor(annotated));
          if (reply.status !== 200) failures.push(`HTTP ${reply.status}`);
          seen.add(reply.peer);
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
    })();
    const waitFor = async (pem: string) => {
      const deadline = Date.now() + 5000;
      while (!seen.has(fingerprint(pem))) {
        assert.ok(Date.now() < deadline, "the rotated certificate was never served");
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    const second = ca.issue("second");
    publish(second);
    await waitFor(second.cert);

    // A half-done rotation (new certificate, old key) is refused; the last good pair keeps serving.
    const third = ca.issue("third");
    publish({ cert: third.cert, key: second.key });
    await new Promise((r) => setTimeout(r, 500));
    seen.clear();
    for (let i = 0; i < 100 && seen.size === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual([...seen], [fingerprint(second.cert)]);
    publish(third);
    await waitFor(third.cert);

    running = false;
    await load;
    assert.deepEqual(failures, []);
    // A connection opened before the rotations still works (it keeps the context it was made with).
    const late = await call(webhook.port, "POST", "/mutate", reviewFor(annotated), undefined, keepAlive);
    assert.equal(late.status, 200);
    assert.equal(late.peer, fingerprint(first.cert));
    keepAlive.destroy();
    const metrics = (await call(webhook.port, "GET", "/metrics")).body;
    assert.equal(metric(metrics, 'isa_injector_certificate_reloads_total{result="ok"}'), 3);
    assert.equal(metric(metrics, 'isa_injector_certificate_reloads_total{result="error"}'), 1);
  });
});

describe("isa-injector serve", () => {
  test("serves from files, reports not-ready when told to stop, then exits 0", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "isa-injector-serve-"));
    const pair = ca.issue("serve");
    writeFileSync(path.join(dir, "tls.crt"), pair.cert);
    writeFileSync(path.join(dir, "tls.key"), pair.key);
    writeFileSync(path.join(dir, "config.yaml"), readFileSync(path.join(repoRoot, "manifests/injector-config.yaml")));
    const child: ChildProcess = spawn(
      process.execPath,
      [
        path.join(repoRoot, "bin/isa-injector.js"),
        "serve",
        "--listen=127.0.0.1:0",
        `--cert-file=${path.join(dir, "tls.crt")}`,
        `--key-file=${path.join(dir, "tls.key")}`,
        `--config=${path.join(dir, "config.yaml")}`,
        "--shutdown-delay=300ms",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let log = "";
    child.stderr?.on("data", (d) => {
      log += d;
    });
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout?.on("data", (d) => {
        log += d;
        const m = /"msg":"webhook listening"/.test(log) && /"port":(\d+)/.exec(log);
        if (m) resolve(Number(m[1]));
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${log}`)));
    });
    try {
      const reply = await call(port, "POST", "/mutate", reviewFor(annotated));
      assert.equal(JSON.parse(reply.body).response.patchType, "JSONPatch");
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 100));
      assert.equal((await call(port, "GET", "/readyz")).status, 503, "draining reports not ready");
      assert.equal((await call(port, "GET", "/healthz")).status, 200, "and still serves");
      assert.equal(await exited, 0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
