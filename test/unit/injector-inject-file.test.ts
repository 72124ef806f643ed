/**
 * Offline injection: the same documents come out, every pod (template) mutated by exactly the
 * patch the webhook would send, everything else byte for byte. fixtures/inject/out.yaml is the
 * golden output (UPDATE_GOLDEN=1 refreshes it).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { parseAllDocuments } from "yaml";
import { injectDocuments, splitDocuments } from "../../injector/inject-file";
import type { Pod } from "../../injector/k8s";
import { buildPatch } from "../../injector/mutate";
import { applyJsonPatch, fixtures, repoRoot, testConfig, validateObject } from "../fixtures/injector/support";

const input = readFileSync(path.join(fixtures, "inject/in.yaml"), "utf8");
const goldenFile = path.join(fixtures, "inject/out.yaml");
const config = testConfig();
const bin = path.join(repoRoot, "bin/isa-injector.js");

type Obj = Record<string, unknown> & { kind?: string; metadata?: Pod["metadata"]; spec?: Record<string, unknown> };

const TEMPLATE: Record<string, string[]> = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

function podOf(obj: Obj): Pod {
  const t = TEMPLATE[obj.kind!]!.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, obj);
  return { apiVersion: "v1", kind: "Pod", metadata: t.metadata as Pod["metadata"], spec: t.spec as Pod["spec"] };
}

function flatten(values: unknown[]): Obj[] {
  return values.flatMap((v) => ((v as Obj).kind === "List" ? ((v as Obj).items as Obj[]) : [v as Obj]));
}

describe("isa-injector inject", () => {
  const { output, results } = injectDocuments(input, config, { namespace: "default" });

  test("matches the golden output", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenFile, output);
    assert.equal(output, readFileSync(goldenFile, "utf8"));
  });

  test("every pod template is mutated exactly as the webhook would mutate its pods", () => {
    const before = flatten(parseAllDocuments(input).map((d) => d.toJS()));
    const after = flatten(parseAllDocuments(output).map((d) => d.toJS()));
    assert.equal(after.length, before.length);
    const namespaces: Record<string, Record<string, string>> = { "team-a": { "isa.cloud/injection": "enabled" } };
    let mutated = 0;
    before.forEach((obj, i) => {
      validateObject(after[i]!);
      if (!TEMPLATE[obj.kind!]) {
        assert.deepEqual(after[i], obj, `${obj.kind} passes through`);
        return;
      }
      const ns = obj.metadata?.namespace ?? "default";
      const { patch } = buildPatch(podOf(obj), { name: ns, labels: namespaces[ns] }, config);
      if (patch.length > 0) mutated++;
      assert.deepEqual(podOf(after[i]!), applyJsonPatch(podOf(obj), patch), `${obj.kind} ${obj.metadata?.name}`);
    });
    assert.equal(
      mutated,
      7,
      "Pod, Deployment (namespace label), StatefulSet (label), ReplicaSet, Job, CronJob, listed Pod",
    );
  });

  test("documents without a pod to inject are copied byte for byte", () => {
    const inChunks = splitDocuments(input);
    const outChunks = splitDocuments(output);
    assert.equal(outChunks.length, inChunks.length);
    const unchanged = [0, 1, 5, 8]; // Namespace, ConfigMap, DaemonSet (hostNetwork), CronJob (opted out)
    for (const i of unchanged) assert.equal(outChunks[i], inChunks[i]);
    assert.match(outChunks[3]!, /# the app/, "comments in a mutated document survive");
  });

  test("reports each pod: injected, or skipped with its reason", () => {
    const summary = results.map(
      (r) => `${r.kind}/${r.name}: ${r.report.result === "injected" ? "injected" : r.report.reason}`,
    );
    assert.deepEqual(summary, [
      "Pod/solo: injected",
      "Deployment/web: injected",
      "StatefulSet/db-client: injected",
      "DaemonSet/node-agent: host_network",
      "ReplicaSet/legacy: injected",
      "Job/migrate: injected",
      "CronJob/nightly: opted_out",
      "CronJob/hourly: injected",
      "Pod/listed: injected",
    ]);
  });

  test("a second pass changes nothing", () => {
    const again = injectDocuments(output, config, { namespace: "default" });
    assert.equal(again.output, output);
    assert.ok(again.results.every((r) => r.report.result === "skipped"));
  });

  test("namespace labels can come from the command line", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n";
    const without = injectDocuments(text, config, { namespace: "default" });
    assert.equal(without.output, text);
    const withLabel = injectDocuments(text, config, {
      namespace: "default",
      namespaceLabels: { "isa.cloud/injection": "enabled" },
    });
    assert.equal(withLabel.results[0]!.report.result, "injected");
  });

  test("splitting keeps every byte, whatever the markers", () => {
    for (const text of ["", "a: 1\n", "---\na: 1\n---\nb: 2\n", "a: 1\n--- # c\nb: 2\n...\n---\n", "x: |\n  ---x\n"]) {
      assert.equal(splitDocuments(text).join(""), text);
    }
    assert.equal(splitDocuments("a: 1\n---\nb: 2\n").length, 2);
  });
});

describe("the inject command", () => {
  const run = (args: string[], stdin?: string) =>
    spawnSync(process.execPath, [bin, "inject", ...args], { input: stdin, encoding: "utf8" });

  test("-f - reads stdin and writes stdout; the report goes to stderr", () => {
    const r = run(["-f", "-", "--config", path.join(fixtures, "config.yaml")], input);
    assert.equal(r.status, 0, r.stderr);
    const docs = parseAllDocuments(r.stdout).map((d) => d.toJS());
    assert.equal(docs.length, splitDocuments(input).length);
    assert.match(r.stderr, /^injected: Pod default\/solo \([0-9a-f]{16}\)$/m);
    assert.match(r.stderr, /^skipped: DaemonSet default\/node-agent: host_network: /m);
  });

  test("-o writes the file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "isa-inject-"));
    try {
      const out = path.join(dir, "out.yaml");
      const r = run([
        "-f",
        path.join(fixtures, "inject/in.yaml"),
        "-o",
        out,
        "--config",
        path.join(fixtures, "config.yaml"),
      ]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(readFileSync(out, "utf8").replace(/isa\.cloud\/injector-version: .*/g, ""), output());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    function output() {
      return readFileSync(goldenFile, "utf8").replace(/isa\.cloud\/injector-version: .*/g, "");
    }
  });

  test("errors: unreadable input and bad flags exit 2, broken YAML exits 1, each with one line", () => {
    const missing = run(["-f", "/nonexistent.yaml"]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, "isa-injector: --file: /nonexistent.yaml: cannot read (ENOENT)\n");
    const noFile = run([]);
    assert.equal(noFile.status, 2);
    assert.match(noFile.stderr, /^isa-injector: required option '-f, --file <path>' not specified\n$/);
    const badLabel = run(["-f", "-", "--namespace-label", "novalue"], "");
    assert.equal(badLabel.status, 2);
    assert.equal(badLabel.stderr, 'isa-injector: --namespace-label: "novalue" is not key=value\n');
    const broken = run(["-f", "-"], "a: [1\n");
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^isa-injector: document 1: /);
    assert.equal(broken.stderr.trim().split("\n").length, 1);
  });

  test("output objects are valid Kubernetes objects", () => {
    const r = run(["-f", "-", "--config", path.join(fixtures, "config.yaml")], input);
    for (const doc of parseAllDocuments(r.stdout)) {
      const obj = doc.toJS() as Obj;
      for (const o of flatten([obj])) validateObject(o);
    }
  });
});
