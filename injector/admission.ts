/**
 * admission.k8s.io/v1 AdmissionReview in, AdmissionReview out. Checks the review's shape (a bad
 * one is the caller's error, answered 400), runs the mutation, and encodes its patch and
 * warnings. No I/O: the HTTPS server around it is webhook.ts.
 */
import type { InjectorConfig } from "./config";
import type { NamespaceInfo, Pod } from "./k8s";
import { buildPatch, NAMESPACE_LABEL, type Report } from "./mutate";

export class MalformedReview extends Error {
  override name = "MalformedReview";
}

export interface AdmissionRequest {
  uid: string;
  namespace: string;
  operation: string;
  isPod: boolean;
  object: Pod;
}

export type Outcome = { kind: "mutated"; report: Report } | { kind: "unsupported"; why: string };

/** Parses the body of POST /mutate; throws MalformedReview with the reason. */
export function parseReview(body: string): AdmissionRequest {
  let review: unknown;
  try {
    review = JSON.parse(body);
  } catch (err) {
    throw new MalformedReview(`body is not JSON: ${(err as Error).message}`);
  }
  if (!isObject(review)) throw new MalformedReview("body is not a JSON object");
  if (review.apiVersion !== "admission.k8s.io/v1" || review.kind !== "AdmissionReview") {
    throw new MalformedReview("expected apiVersion admission.k8s.io/v1, kind AdmissionReview");
  }
  const request = review.request;
  if (!isObject(request)) throw new MalformedReview("request is missing");
  if (typeof request.uid !== "string" || request.uid === "") throw new MalformedReview("request.uid is missing");
  const kind = isObject(request.kind) ? request.kind : {};
  const resource = isObject(request.resource) ? request.resource : {};
  const isPod =
    kind.group === "" &&
    kind.kind === "Pod" &&
    resource.resource === "pods" &&
    (request.subResource === undefined || request.subResource === "");
  if (typeof request.operation !== "string") throw new MalformedReview("request.operation is missing");
  if (isPod && request.operation === "CREATE" && !isObject(request.object)) {
    throw new MalformedReview("request.object is missing");
  }
  const object = (isObject(request.object) ? request.object : {}) as Pod;
  const namespace =
    typeof request.namespace === "string" && request.namespace ? request.namespace : object.metadata?.namespace;
  if (isPod && (typeof namespace !== "string" || namespace === "")) {
    throw new MalformedReview("request.namespace is missing");
  }
  return { uid: request.uid, namespace: namespace ?? "", operation: request.operation, isPod, object };
}

/**
 * Answers a parsed review. `namespaceEnabled` says which webhook called: the one whose
 * namespaceSelector matches `isa.cloud/injection=enabled` (the API server sends no namespace
 * labels, so the path carries that one fact and the injector needs no API access).
 */
export function answerReview(
  request: AdmissionRequest,
  namespaceEnabled: boolean,
  config: InjectorConfig,
): { review: object; outcome: Outcome } {
  const response: Record<string, unknown> = { uid: request.uid, allowed: true };
  const review = { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", response };
  if (!request.isPod || request.operation !== "CREATE") {
    return { review, outcome: { kind: "unsupported", why: "the injector only mutates pod CREATE requests" } };
  }
  const namespace: NamespaceInfo = {
    name: request.namespace,
    labels: namespaceEnabled ? { [NAMESPACE_LABEL]: "enabled" } : {},
  };
  const { patch, report } = buildPatch(request.object, namespace, config);
  if (patch.length > 0) {
    response.patchType = "JSONPatch";
    response.patch = Buffer.from(JSON.stringify(patch)).toString("base64");
  }
  if (report.warnings.length > 0) response.warnings = report.warnings.map((w) => `isa-injector: ${w}`);
  return { review, outcome: { kind: "mutated", report } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
