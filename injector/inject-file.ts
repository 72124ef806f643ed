/**
 * Offline injection (`isa-injector inject`), like `istioctl kube-inject`: multi-document YAML in,
 * the same documents out, each pod or pod template mutated by the very patch the webhook would
 * return. The patch is applied to the YAML tree, so comments and layout around it survive, and a
 * document that is not changed is copied byte for byte.
 */
import { type Document, isMap, isSeq, parseDocument } from "yaml";
import type { InjectorConfig } from "./config";
import { type AddOperation, type NamespaceInfo, type Pod, pointerToken, type StringMap } from "./k8s";
import { buildPatch, type Report } from "./mutate";

/** Where each kind keeps its pod (template). */
const POD_PATHS: Record<string, string[]> = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

export interface InjectOptions {
  /** For objects without metadata.namespace (kubectl's default namespace). */
  namespace: string;
  /** Labels of every namespace, e.g. isa.cloud/injection=enabled; Namespace objects in the input add theirs. */
  namespaceLabels?: StringMap;
}

export interface ObjectResult {
  /** 0-based index of the YAML document. */
  document: number;
  kind: string;
  name: string;
  namespace: string;
  report: Report;
}

export class InputError extends Error {
  override name = "InputError";
}

export function injectDocuments(
  text: string,
  config: InjectorConfig,
  options: InjectOptions,
): { output: string; results: ObjectResult[] } {
  const chunks = splitDocuments(text);
  const docs = chunks.map((chunk, i) => {
    const doc = parseDocument(chunk, { uniqueKeys: false });
    if (doc.errors.length > 0) throw new InputError(`document ${i + 1}: ${doc.errors[0]!.message.split("\n")[0]}`);
    return doc;
  });
  const values = docs.map((d) => d.toJS() as unknown);

  const nsLabels = new Map<string, StringMap>();
  for (const v of values) {
    const obj = v as Pod;
    if (obj?.kind === "Namespace" && obj.apiVersion === "v1" && obj.metadata?.name) {
      nsLabels.set(obj.metadata.name, obj.metadata.labels ?? {});
    }
  }
  const namespaceOf = (name: string): NamespaceInfo => ({
    name,
    labels: { ...options.namespaceLabels, ...nsLabels.get(name) },
  });

  const results: ObjectResult[] = [];
  const output = chunks.map((chunk, i) => {
    const ops: AddOperation[] = [];
    const visit = (obj: unknown, at: (string | number)[], namespace: string) => {
      if (!isRecord(obj)) return;
      if (obj.kind === "List" && Array.isArray(obj.items)) {
        for (const [j, item] of obj.items.entries()) visit(item, [...at, "items", j], namespace);
        return;
      }
      const podPath = typeof obj.kind === "string" ? POD_PATHS[obj.kind] : undefined;
      if (!podPath) return;
      const meta = isRecord(obj.metadata) ? obj.metadata : {};
      const ns = typeof meta.namespace === "string" && meta.namespace ? meta.namespace : namespace;
      const template = podPath.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), obj);
      if (!isRecord(template)) return;
      const pod: Pod = {
        apiVersion: "v1",
        kind: "Pod",
        metadata: template.metadata as Pod["metadata"],
        spec: template.spec as Pod["spec"],
      };
      const { patch, report } = buildPatch(pod, namespaceOf(ns), config);
      results.push({ document: i, kind: obj.kind as string, name: String(meta.name ?? ""), namespace: ns, report });
      const prefix = [...at, ...podPath].map((t) => `/${pointerToken(String(t))}`).join("");
      for (const op of patch) ops.push({ ...op, path: prefix + op.path });
    };
    visit(values[i], [], options.namespace);
    if (ops.length === 0) return chunk;
    const doc = docs[i]!;
    for (const op of ops) applyAdd(doc, op);
    // Keep the two layout habits that differ most between files: `{a: b}` and unindented `- item`.
    const indentSeq = !/^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m.test(chunk);
    return keepSeparator(chunk, doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq }));
  });
  return { output: output.join(""), results };
}

/**
 * Splits a stream at document-start markers. A `---` at the start of a line always begins a new
 * document in YAML (it cannot occur inside a scalar), so splitting the text keeps every
 * document's bytes exactly.
 */
export function splitDocuments(text: string): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of text.split(/(?<=\n)/)) {
    if (/^---(?:[ \t]|\r?\n|$)/.test(line) && current !== "") {
      chunks.push(current);
      current = "";
    }
    current += line;
  }
  if (current !== "" || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** A rewritten document keeps the original's `---` line and trailing newline. */
function keepSeparator(original: string, rewritten: string): string {
  const marker = /^---.*\r?\n/.exec(original)?.[0] ?? "";
  const body = rewritten.replace(/^---.*\n/, "");
  return marker + body;
}

/** RFC 6902 `add` on a YAML document tree: insert into a sequence, append with `-`, or set a map key. */
function applyAdd(doc: Document, op: AddOperation): void {
  const tokens = op.path
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = tokens.pop()!;
  let node: unknown = doc.contents;
  for (const t of tokens) {
    if (isSeq(node)) node = node.items[Number(t)];
    else if (isMap(node)) node = node.get(t, true);
    else throw new Error(`patch path ${op.path} does not exist`);
  }
  const value = doc.createNode(op.value);
  if (isSeq(node)) {
    if (last === "-") node.items.push(value);
    else node.items.splice(Number(last), 0, value);
  } else if (isMap(node)) {
    node.set(last, value);
  } else {
    throw new Error(`patch path ${op.path} does not exist`);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
