/**
 * The golden table: every case under test/fixtures/injector/cases is a pod (plus namespace and
 * config overrides); its golden file holds the expected patch and report. Refresh the golden
 * files with UPDATE_GOLDEN=1 and review the diff. Each resulting pod is validated against the
 * Kubernetes schema, and a second pass over it must change nothing.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { ANNOTATION_PREFIX, SETTING_NAMES } from "../../injector/annotations";
import type { NamespaceInfo, Pod } from "../../injector/k8s";
import { buildPatch, HASH_ANNOTATION, type Mutation, SKIP_REASONS } from "../../injector/mutate";
import { SIDECAR_NAME } from "../../injector/sidecar-container";
import { applyJsonPatch, fixtures, testConfig, validateObject } from "../fixtures/injector/support";

interface Case {
  name: string;
  namespace: NamespaceInfo;
  config?: Record<string, unknown>;
  pod: Pod;
}

const update = process.env.UPDATE_GOLDEN === "1";
const casesDir = path.join(fixtures, "cases");
const goldenDir = path.join(fixtures, "golden");

const cases: Case[] = readdirSync(casesDir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map(
    (f) =>
      ({ name: f.replace(/\.yaml$/, ""), ...(parse(readFileSync(path.join(casesDir, f), "utf8")) as object) }) as Case,
  );

function checkGolden(name: string, actual: Mutation): void {
  const file = path.join(goldenDir, `${name}.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (update) writeFileSync(file, text);
  assert.ok(existsSync(file), `no golden file for ${name}; run with UPDATE_GOLDEN=1`);
  assert.deepEqual(actual, JSON.parse(readFileSync(file, "utf8")), `${name} differs from its golden file`);
}

function sidecarOf(pod: Pod) {
  return [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].find((c) => c.name === SIDECAR_NAME);
}

describe("golden cases", () => {
  for (const c of cases) {
    test(c.name, () => {
      const config = testConfig(c.config);
      const mutation = buildPatch(c.pod, c.namespace, config);
      checkGolden(c.name, mutation);

      const result = applyJsonPatch(c.pod, mutation.patch);
      validateObject(result);
      const again = buildPatch(result, c.namespace, config);
      if (mutation.report.result === "injected") {
        assert.ok(sidecarOf(result), "the sidecar is in the pod");
        assert.equal(again.report.result, "skipped");
        assert.equal(again.report.result === "skipped" && again.report.reason, "already_injected");
        assert.deepEqual(again.patch, [], "the second pass changes nothing");
        assert.deepEqual(again.report.warnings, []);
      } else {
        assert.deepEqual(mutation.patch, [], "a skipped pod is not changed");
        assert.equal(sidecarOf(result), undefined);
      }
    });
  }

  test("a pod that got the sidecar and then a container from another webhook: only that container gets the env", () => {
    const c = cases.find((x) => x.name === "opt-in-annotation")!;
    const config = testConfig();
    const injected = applyJsonPatch(c.pod, buildPatch(c.pod, c.namespace, config).patch);
    injected.spec!.containers!.push({ name: "late", image: "registry.example/late:1" });
    const mutation = buildPatch(injected, c.namespace, config);
    checkGolden("reinvocation", mutation);
    assert.equal(mutation.report.result === "skipped" && mutation.report.reason, "already_injected");
    assert.ok(mutation.patch.every((op) => op.path.startsWith("/spec/containers/1/")));
    const result = applyJsonPatch(injected, mutation.patch);
    validateObject(result);
    assert.deepEqual(buildPatch(result, c.namespace, config).patch, []);
  });

  test("a pod injected under other settings is left alone, with a warning that it is out of date", () => {
    const c = cases.find((x) => x.name === "opt-in-annotation")!;
    const injected = applyJsonPatch(c.pod, buildPatch(c.pod, c.namespace, testConfig()).patch);
    const newer = testConfig({ defaults: { "log-level": "debug" } });
    const mutation = buildPatch(injected, c.namespace, newer);
    checkGolden("already-injected-other-settings", mutation);
    assert.deepEqual(mutation.patch, []);
    assert.match(mutation.report.warnings[0] ?? "", /injected with other settings/);
  });

  test("an injected pod's hash annotation alone marks it as injected", () => {
    const pod: Pod = {
      metadata: { annotations: { "isa.cloud/inject": "true", [HASH_ANNOTATION]: "0000000000000000" } },
      spec: { containers: [{ name: "app", image: "x", env: [] }] },
    };
    const { report } = buildPatch(pod, { name: "apps" }, testConfig());
    assert.equal(report.result === "skipped" && report.reason, "already_injected");
  });
});

describe("the table covers", () => {
  const reasons = new Set<string>();
  const annotations = new Set<string>();
  for (const c of cases) {
    const { report } = buildPatch(c.pod, c.namespace, testConfig(c.config));
    if (report.result === "skipped") reasons.add(report.reason);
    for (const key of Object.keys(c.pod.metadata?.annotations ?? {})) annotations.add(key);
  }

  test("every skip reason", () => {
    // already_injected is covered by every second pass above.
    assert.deepEqual(
      SKIP_REASONS.filter((r) => r !== "already_injected" && !reasons.has(r)),
      [],
    );
  });

  test("every sidecar.isa.cloud annotation", () => {
    assert.deepEqual(
      SETTING_NAMES.filter((n) => !annotations.has(ANNOTATION_PREFIX + n)),
      [],
    );
  });

  test("every opt-in path: annotation, label and namespace label", () => {
    for (const name of ["opt-in-annotation", "opt-in-label", "opt-in-namespace"]) {
      const c = cases.find((x) => x.name === name)!;
      assert.equal(buildPatch(c.pod, c.namespace, testConfig(c.config)).report.result, "injected", name);
    }
  });
});

describe("the mutation is pure", () => {
  test("mutate.js and everything it requires use no http, fs, network or Kubernetes client", () => {
    const seen = new Set<string>();
    const builtins = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      for (const [, spec] of code.matchAll(/require\("([^"]+)"\)/g)) {
        if (spec!.startsWith(".")) visit(require.resolve(path.resolve(path.dirname(file), spec!)));
        else builtins.add(spec!);
      }
    };
    visit(require.resolve("../../injector/mutate"));
    assert.deepEqual([...builtins].sort(), ["node:crypto"]);
  });
});
