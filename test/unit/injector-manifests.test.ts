/**
 * manifests/ renders with kustomize (`kubectl kustomize`), every object is valid against the
 * Kubernetes 1.32 OpenAPI schema (cert-manager's CRD schema for its kinds), and the pieces agree
 * with each other and with the injector: names, ports, paths, selectors, certificate, config.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { parseInjectorConfig } from "../../injector/config";
import type { Container, Pod } from "../../injector/k8s";
import { buildPatch, SYSTEM_NAMESPACES } from "../../injector/mutate";
import { applyJsonPatch, kustomize, repoRoot, validateObject } from "../fixtures/injector/support";

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: manifests are walked field by field below
  [field: string]: any;
};

interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** Kubernetes label-selector semantics, to check what the webhook selectors let through. */
function matches(selector: Selector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const ok =
      e.operator === "In"
        ? has && e.values!.includes(labels[e.key]!)
        : e.operator === "NotIn"
          ? !has || !e.values!.includes(labels[e.key]!)
          : e.operator === "Exists"
            ? has
            : !has;
    if (!ok) return false;
  }
  return true;
}

const docs = kustomize(path.join(repoRoot, "manifests")) as Obj[];
const one = (kind: string, name?: string) => {
  const found = docs.filter((d) => d.kind === kind && (name === undefined || d.metadata.name === name));
  assert.equal(found.length, 1, `exactly one ${kind} ${name ?? ""}`);
  return found[0]!;
};
const namespace = one("Namespace").metadata.name;
const deployment = one("Deployment");
const podSpec = deployment.spec.template.spec;
const injector: Container = podSpec.containers[0];

describe("manifests/ (kustomize)", () => {
  test("renders, and every object is valid against its schema", () => {
    assert.deepEqual(docs.map((d) => d.kind).sort(), [
      "Certificate",
      "Certificate",
      "ConfigMap",
      "Deployment",
      "Issuer",
      "Issuer",
      "MutatingWebhookConfiguration",
      "Namespace",
      "PodDisruptionBudget",
      "Service",
      "ServiceAccount",
    ]);
    for (const d of docs) validateObject(d);
    for (const d of docs)
      if (d.kind !== "Namespace" && d.kind !== "MutatingWebhookConfiguration")
        assert.equal(d.metadata.namespace, namespace);
  });

  test("the injector Deployment: 2 replicas spread over nodes, probed, non-root, read-only", () => {
    assert.equal(deployment.spec.replicas, 2);
    const anti = podSpec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm;
    assert.equal(anti.topologyKey, "kubernetes.io/hostname");
    assert.ok(matches(anti.labelSelector, deployment.spec.template.metadata.labels));
    assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0);
    assert.deepEqual(injector.command, ["isa-injector"]);
    assert.equal(injector.args![0], "serve");
    for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
      const p = (injector[probe] as { httpGet: { scheme: string; port: string; path: string } }).httpGet;
      assert.equal(p.scheme, "HTTPS", probe);
      assert.equal(p.port, "https", probe);
    }
    assert.equal((injector.readinessProbe as { httpGet: { path: string } }).httpGet.path, "/readyz");
    assert.equal((injector.livenessProbe as { httpGet: { path: string } }).httpGet.path, "/healthz");
    assert.equal(podSpec.securityContext.runAsNonRoot, true);
    const sc = injector.securityContext as Record<string, unknown>;
    assert.equal(sc.readOnlyRootFilesystem, true);
    assert.equal(sc.allowPrivilegeEscalation, false);
    assert.deepEqual(sc.capabilities, { drop: ["ALL"] });
    assert.deepEqual(sc.seccompProfile, { type: "RuntimeDefault" });
  });

  test("the injector's files come from the Certificate's Secret and the generated ConfigMap", () => {
    const arg = (flag: string) => injector.args!.find((a) => a.startsWith(`${flag}=`))!.slice(flag.length + 1);
    const mountOf = (file: string) => injector.volumeMounts!.find((m) => file.startsWith(`${m.mountPath}/`))!;
    const volume = (file: string) => podSpec.volumes.find((v: { name: string }) => v.name === mountOf(file).name);
    const tls = one("Certificate", "isa-injector-tls");
    assert.equal(volume(arg("--cert-file")).secret.secretName, tls.spec.secretName);
    assert.equal(volume(arg("--key-file")).secret.secretName, tls.spec.secretName);
    assert.equal(path.basename(arg("--cert-file")), "tls.crt");
    const configMap = one("ConfigMap");
    assert.equal(volume(arg("--config")).configMap.name, configMap.metadata.name);
    assert.match(configMap.metadata.name, /^isa-injector-config-[a-z0-9]+$/, "generated with a content hash");
    const config = parseInjectorConfig(configMap.data[path.basename(arg("--config"))], "ConfigMap", "0");
    assert.equal(config.injectorNamespace, namespace);
    assert.equal(config.defaults.image, injector.image, "pods get the image the injector runs");
  });

  test("Service and PodDisruptionBudget select the injector pods", () => {
    const labels = deployment.spec.template.metadata.labels;
    const service = one("Service");
    assert.ok(matches({ matchLabels: service.spec.selector }, labels));
    assert.equal(service.spec.ports[0].targetPort, injector.ports![0]!.name);
    assert.equal(injector.ports![0]!.containerPort, Number(/--listen=.*:(\d+)/.exec(injector.args!.join(" "))![1]));
    const pdb = one("PodDisruptionBudget");
    assert.ok(matches(pdb.spec.selector, labels));
    assert.equal(pdb.spec.minAvailable, 1);
  });

  test("RBAC is none: the ServiceAccount mounts no token and nothing is bound to it", () => {
    const sa = one("ServiceAccount");
    assert.equal(podSpec.serviceAccountName, sa.metadata.name);
    assert.equal(sa.automountServiceAccountToken, false);
    assert.equal(podSpec.automountServiceAccountToken, false);
    assert.deepEqual(
      docs.filter((d) => /Role|Binding/.test(d.kind)),
      [],
    );
  });

  test("cert-manager: a CA-signed serving certificate for the Service, whose CA goes into the webhook", () => {
    const service = one("Service");
    const tls = one("Certificate", "isa-injector-tls");
    assert.ok(tls.spec.dnsNames.includes(`${service.metadata.name}.${namespace}.svc`));
    const issuer = one("Issuer", tls.spec.issuerRef.name);
    const caCert = one("Certificate", "isa-injector-ca");
    assert.equal(issuer.spec.ca.secretName, caCert.spec.secretName);
    assert.equal(caCert.spec.isCA, true);
    const webhook = one("MutatingWebhookConfiguration");
    assert.equal(webhook.metadata.annotations!["cert-manager.io/inject-ca-from"], `${namespace}/${tls.metadata.name}`);
  });

  describe("the MutatingWebhookConfiguration", () => {
    const webhooks = one("MutatingWebhookConfiguration").webhooks as Obj[];
    const byPath = (p: string) => webhooks.find((w) => w.clientConfig.service.path === p)!;

    test("both webhooks: v1 reviews, no side effects, 5 s, reinvoked if needed, fail closed, pod CREATE only", () => {
      assert.equal(webhooks.length, 2);
      const service = one("Service");
      for (const w of webhooks) {
        assert.deepEqual(w.admissionReviewVersions, ["v1"]);
        assert.equal(w.sideEffects, "None");
        assert.equal(w.timeoutSeconds, 5);
        assert.equal(w.reinvocationPolicy, "IfNeeded");
        assert.equal(w.failurePolicy, "Fail");
        assert.deepEqual(w.rules, [
          { operations: ["CREATE"], apiGroups: [""], apiVersions: ["v1"], resources: ["pods"], scope: "Namespaced" },
        ]);
        assert.deepEqual(w.clientConfig.service, {
          name: service.metadata.name,
          namespace,
          path: w.clientConfig.service.path,
          port: service.spec.ports[0].port,
        });
      }
      assert.ok(byPath("/mutate") && byPath("/mutate-namespace"), "the paths the webhook serves");
    });

    test("namespaceSelectors: system and injector namespaces reach neither; each other namespace exactly one", () => {
      const ns = (name: string, labels: Record<string, string> = {}) => ({
        "kubernetes.io/metadata.name": name,
        ...labels,
      });
      const reach = (labels: Record<string, string>) =>
        webhooks.filter((w) => matches(w.namespaceSelector, labels)).map((w) => w.clientConfig.service.path);
      for (const name of [...SYSTEM_NAMESPACES, namespace]) {
        assert.deepEqual(reach(ns(name, { "isa.cloud/injection": "enabled" })), [], name);
      }
      assert.deepEqual(reach(ns("apps")), ["/mutate"]);
      assert.deepEqual(reach(ns("apps", { "isa.cloud/injection": "disabled" })), ["/mutate"]);
      assert.deepEqual(reach(ns("team-a", { "isa.cloud/injection": "enabled" })), ["/mutate-namespace"]);
    });

    test('objectSelector: pods labelled isa.cloud/inject: "false" never reach the webhook', () => {
      for (const w of webhooks) {
        assert.equal(matches(w.objectSelector, { "isa.cloud/inject": "false" }), false);
        assert.equal(matches(w.objectSelector, { app: "web" }), true);
        assert.equal(matches(w.objectSelector, { "isa.cloud/inject": "true" }), true);
      }
    });

    test("matchConditions: only pods that ask reach /mutate; opted-out pods skip /mutate-namespace", () => {
      const [podCondition] = byPath("/mutate").matchConditions;
      assert.match(podCondition.expression, /object\.metadata\.annotations\['isa\.cloud\/inject'\] == 'true'/);
      assert.match(podCondition.expression, /object\.metadata\.labels\['isa\.cloud\/inject'\] == 'true'/);
      const [nsCondition] = byPath("/mutate-namespace").matchConditions;
      assert.match(nsCondition.expression, /^!\(.*annotations\['isa\.cloud\/inject'\] == 'false'\)$/s);
    });
  });
});

describe("manifests/example", () => {
  const example = kustomize(path.join(repoRoot, "manifests/example")) as Obj[];
  const shipped = parseInjectorConfig(
    readFileSync(path.join(repoRoot, "manifests/injector-config.yaml"), "utf8"),
    "injector-config.yaml",
    "0",
  );

  test("renders and every object is valid", () => {
    assert.deepEqual(example.map((d) => d.kind).sort(), [
      "ConfigMap",
      "Deployment",
      "Deployment",
      "Namespace",
      "Service",
    ]);
    for (const d of example) validateObject(d);
  });

  test("the app opts in, and injected with the shipped config it is still a valid Deployment", () => {
    const app = example.find((d) => d.metadata.name === "example-app")!;
    const template = app.spec.template as Pod;
    assert.equal(template.metadata!.annotations!["isa.cloud/inject"], "true");
    const { patch, report } = buildPatch(template, { name: app.metadata.namespace! }, shipped);
    assert.equal(report.result, "injected");
    assert.deepEqual(report.warnings, []);
    validateObject({ ...app, spec: { ...app.spec, template: applyJsonPatch(template, patch) } });
    const volume = template.spec!.volumes!.find((v) => v.name === "client") as unknown as {
      configMap: { name: string };
    };
    const clientMap = example.find((d) => d.kind === "ConfigMap")!;
    assert.equal(volume.configMap.name, clientMap.metadata.name);
    assert.equal(clientMap.data["client.js"], readFileSync(path.join(repoRoot, "manifests/example/client.js"), "utf8"));
  });

  test("the example talks to the Redis Service it ships", () => {
    const app = example.find((d) => d.metadata.name === "example-app")!;
    const redis = example.find((d) => d.kind === "Service")!;
    assert.equal(
      app.spec.template.metadata.annotations["sidecar.isa.cloud/redis-url"],
      `redis://${redis.metadata.name}.${redis.metadata.namespace}.svc:${redis.spec.ports[0].port}`,
    );
  });
});

describe("the Dockerfile", () => {
  const dockerfile = readFileSync(path.join(repoRoot, "Dockerfile"), "utf8");

  test("runs as the non-root user the manifests and the injected sidecar declare", () => {
    assert.match(dockerfile, /^USER 65532:65532$/m);
    assert.equal(podSpec.securityContext.runAsUser, 65532);
  });

  test("installs both entrypoints, each pointing at a compiled CLI", () => {
    for (const [name, target] of [
      ["isa-sidecar", "dist/sidecar/cli.js"],
      ["isa-injector", "dist/injector/cli.js"],
    ]) {
      assert.ok(dockerfile.includes(`/usr/local/bin/${name}`), name);
      assert.ok(dockerfile.includes(`/app/${target}`), target);
      assert.ok(existsSync(path.join(repoRoot, target)), `${target} is built`);
    }
  });
});
