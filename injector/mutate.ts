/**
 * The mutation: pod + namespace + injector config → JSON Patch + report. The webhook and the
 * offline `inject` command both call this and nothing else decides what a pod gets. Pure: no
 * http, fs or Kubernetes client, so every case is a golden test.
 */
import { createHash } from "node:crypto";
import { readAnnotations, resolveSettings } from "./annotations";
import type { InjectorConfig } from "./config";
import { type AddOperation, type Container, type NamespaceInfo, type Pod, pointerToken, type StringMap } from "./k8s";
import { buildSidecar, SIDECAR_NAME, type SidecarPlan } from "./sidecar-container";

export const INJECT_KEY = "isa.cloud/inject";
export const NAMESPACE_LABEL = "isa.cloud/injection";
export const VERSION_ANNOTATION = "isa.cloud/injector-version";
export const HASH_ANNOTATION = "isa.cloud/injection-hash";
const DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";
export const SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease"];

/** Stable codes, shared by metrics, admission warnings, logs and the CLI. */
export const SKIP_REASONS = [
  "system_namespace",
  "injector_namespace",
  "opted_out",
  "not_opted_in",
  "host_network",
  "already_injected",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type Report =
  | { result: "injected"; hash: string; warnings: string[] }
  | { result: "skipped"; reason: SkipReason; message: string; warnings: string[] };

export interface Mutation {
  patch: AddOperation[];
  report: Report;
}

export function buildPatch(pod: Pod, namespace: NamespaceInfo, config: InjectorConfig): Mutation {
  const skip = (reason: SkipReason, message: string, warnings: string[] = [], patch: AddOperation[] = []) => ({
    patch,
    report: { result: "skipped" as const, reason, message, warnings },
  });
  const ns = namespace.name;
  if (SYSTEM_NAMESPACES.includes(ns)) return skip("system_namespace", `namespace ${ns} is a system namespace`);
  if (ns === config.injectorNamespace) {
    return skip("injector_namespace", `namespace ${ns} is the injector's own namespace`);
  }

  const choice = optIn(pod, namespace);
  if (choice.decision === "out") return skip("opted_out", choice.why, choice.warnings);
  if (choice.decision === "none") return skip("not_opted_in", choice.why, choice.warnings);

  const spec = pod.spec ?? {};
  if (spec.hostNetwork === true) {
    const message = "pod uses hostNetwork: the sidecar would listen on the node's loopback";
    return skip("host_network", message, [...choice.warnings, `sidecar not injected: ${message}`]);
  }

  const fromPod = readAnnotations(pod.metadata?.annotations, config.locked);
  const resolved = resolveSettings(config.defaults, fromPod.settings, config.extraArgs);
  const plan = buildSidecar(resolved.settings, { native: config.nativeSidecar, extraArgs: config.extraArgs });
  const hash = planHash(plan, config.nativeSidecar);

  const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  const recorded = pod.metadata?.annotations?.[HASH_ANNOTATION];
  if (recorded !== undefined || all.some((c) => c.name === SIDECAR_NAME)) {
    // Reinvocation after another webhook added containers: give those the app environment too.
    const warnings =
      recorded !== undefined && recorded !== hash
        ? [`sidecar was injected with other settings (${recorded}, now ${hash})`]
        : [];
    return skip("already_injected", "pod already has the isa-sidecar", warnings, appOps(pod, plan, config, []));
  }

  const warnings = [...choice.warnings, ...fromPod.warnings, ...resolved.warnings];
  const annotations: StringMap = { [VERSION_ANNOTATION]: config.version, [HASH_ANNOTATION]: hash };
  if (!config.nativeSidecar) {
    const firstApp = spec.containers?.[0]?.name;
    if (firstApp && !pod.metadata?.annotations?.[DEFAULT_CONTAINER_ANNOTATION]) {
      // The sidecar goes first in containers; keep `kubectl logs/exec` pointed at the app.
      annotations[DEFAULT_CONTAINER_ANNOTATION] = firstApp;
    }
    if (spec.restartPolicy === "Never" || spec.restartPolicy === "OnFailure") {
      warnings.push(
        "regular-container mode: the sidecar keeps running after the app exits, so a Job will not complete",
      );
    }
  }
  for (const c of all) {
    for (const p of c.ports ?? []) {
      if (plan.ports.includes(p.containerPort)) {
        warnings.push(`container ${c.name} declares port ${p.containerPort}, which the sidecar listens on`);
      }
    }
  }

  const patch: AddOperation[] = [];
  if (!pod.spec) patch.push({ op: "add", path: "/spec", value: {} });
  patch.push(...mapOps(pod, annotations));
  patch.push(...appOps(pod, plan, config, warnings));
  if (plan.volumes.length > 0) {
    if (!spec.volumes) patch.push({ op: "add", path: "/spec/volumes", value: plan.volumes });
    else for (const v of plan.volumes) patch.push({ op: "add", path: "/spec/volumes/-", value: v });
  }
  // Last, so that the container indices used above are still the original ones.
  if (config.nativeSidecar) {
    patch.push(
      spec.initContainers
        ? { op: "add", path: "/spec/initContainers/0", value: plan.container }
        : { op: "add", path: "/spec/initContainers", value: [plan.container] },
    );
  } else {
    patch.push(
      spec.containers
        ? { op: "add", path: "/spec/containers/0", value: plan.container }
        : { op: "add", path: "/spec/containers", value: [plan.container] },
    );
  }
  return { patch, report: { result: "injected", hash, warnings } };
}

function optIn(
  pod: Pod,
  namespace: NamespaceInfo,
): { decision: "in" | "out" | "none"; why: string; warnings: string[] } {
  const warnings: string[] = [];
  const read = (where: string, map: StringMap | undefined) => {
    const v = map?.[INJECT_KEY];
    if (v === undefined || v === "true" || v === "false") return v;
    warnings.push(`${where} ${INJECT_KEY}: ${JSON.stringify(v)} must be "true" or "false"; ignored`);
    return undefined;
  };
  const annotation = read("annotation", pod.metadata?.annotations);
  const label = read("label", pod.metadata?.labels);
  if (annotation === "false" || label === "false") {
    return { decision: "out", why: `pod sets ${INJECT_KEY}: "false"`, warnings };
  }
  if (annotation === "true" || label === "true") {
    return { decision: "in", why: `pod sets ${INJECT_KEY}: "true"`, warnings };
  }
  if (namespace.labels?.[NAMESPACE_LABEL] === "enabled") {
    return { decision: "in", why: `namespace ${namespace.name} has ${NAMESPACE_LABEL}=enabled`, warnings };
  }
  return {
    decision: "none",
    why: `neither the pod (${INJECT_KEY}) nor namespace ${namespace.name} (${NAMESPACE_LABEL}=enabled) asks for the sidecar`,
    warnings,
  };
}

/** Adds annotations, creating metadata or the annotations map when the pod has none. */
function mapOps(pod: Pod, entries: StringMap): AddOperation[] {
  if (!pod.metadata) return [{ op: "add", path: "/metadata", value: { annotations: entries } }];
  if (!pod.metadata.annotations) return [{ op: "add", path: "/metadata/annotations", value: entries }];
  return Object.entries(entries).map(([k, v]) => ({
    op: "add",
    path: `/metadata/annotations/${pointerToken(k)}`,
    value: v,
  }));
}

/**
 * The environment (and socket mount) for every container but the sidecar. With a native sidecar,
 * init containers run after it is ready, so they can use it too; without, they run before it.
 */
function appOps(pod: Pod, plan: SidecarPlan, config: InjectorConfig, warnings: string[]): AddOperation[] {
  const ops: AddOperation[] = [];
  const lists: [string, Container[] | undefined][] = [["/spec/containers", pod.spec?.containers]];
  if (config.nativeSidecar) lists.unshift(["/spec/initContainers", pod.spec?.initContainers]);
  for (const [base, containers] of lists) {
    (containers ?? []).forEach((c, i) => {
      if (c.name === SIDECAR_NAME) return;
      const has = new Set((c.env ?? []).map((e) => e.name));
      const env = plan.appEnv.filter((e) => !has.has(e.name));
      if (env.length > 0) {
        if (!c.env) ops.push({ op: "add", path: `${base}/${i}/env`, value: env });
        else for (const e of env) ops.push({ op: "add", path: `${base}/${i}/env/-`, value: e });
      }
      const mounts = plan.appMounts.filter((m) => {
        const clash = (c.volumeMounts ?? []).find((have) => have.mountPath === m.mountPath || have.name === m.name);
        if (clash && clash.name !== m.name) {
          warnings.push(`container ${c.name} already mounts ${m.mountPath}; the sidecar socket is not mounted there`);
        }
        return !clash;
      });
      if (mounts.length > 0) {
        if (!c.volumeMounts) ops.push({ op: "add", path: `${base}/${i}/volumeMounts`, value: mounts });
        else for (const m of mounts) ops.push({ op: "add", path: `${base}/${i}/volumeMounts/-`, value: m });
      }
    });
  }
  return ops;
}

/** A digest of everything the injection adds, so a pod records exactly which sidecar it got. */
function planHash(plan: SidecarPlan, native: boolean): string {
  const { container, volumes, appEnv, appMounts } = plan;
  const text = JSON.stringify({ native, container, volumes, appEnv, appMounts });
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
