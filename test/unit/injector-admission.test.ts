/** AdmissionReview parsing and answering, without the server around it. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { answerReview, MalformedReview, parseReview } from "../../injector/admission";
import type { Pod } from "../../injector/k8s";
import { buildPatch } from "../../injector/mutate";
import { testConfig } from "../fixtures/injector/support";

const pod: Pod = {
  metadata: { name: "web", annotations: { "isa.cloud/inject": "true", "sidecar.isa.cloud/log-level": "loud" } },
  spec: { containers: [{ name: "app", image: "x" }] },
};

function review(request: Record<string, unknown>): string {
  return JSON.stringify({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request });
}

const podCreate = {
  uid: "u1",
  kind: { group: "", version: "v1", kind: "Pod" },
  resource: { group: "", version: "v1", resource: "pods" },
  namespace: "apps",
  operation: "CREATE",
  object: pod,
};

function malformed(body: string): string {
  try {
    parseReview(body);
  } catch (err) {
    assert.ok(err instanceof MalformedReview, String(err));
    return err.message;
  }
  assert.fail("accepted");
}

describe("parseReview", () => {
  test("reads a pod CREATE", () => {
    const r = parseReview(review(podCreate));
    assert.deepEqual(r, { uid: "u1", namespace: "apps", operation: "CREATE", isPod: true, object: pod });
  });

  test("the namespace may come from the object when the request has none", () => {
    const r = parseReview(
      review({ ...podCreate, namespace: undefined, object: { ...pod, metadata: { namespace: "x" } } }),
    );
    assert.equal(r.namespace, "x");
  });

  test("says what is wrong with a malformed review", () => {
    assert.match(malformed("nope"), /^body is not JSON/);
    assert.equal(malformed("[]"), "body is not a JSON object");
    assert.match(
      malformed(JSON.stringify({ apiVersion: "admission.k8s.io/v1beta1", kind: "AdmissionReview" })),
      /expected apiVersion admission.k8s.io\/v1/,
    );
    assert.equal(
      malformed(JSON.stringify({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview" })),
      "request is missing",
    );
    assert.equal(malformed(review({ ...podCreate, uid: "" })), "request.uid is missing");
    assert.equal(malformed(review({ ...podCreate, operation: undefined })), "request.operation is missing");
    assert.equal(malformed(review({ ...podCreate, object: undefined })), "request.object is missing");
    assert.equal(malformed(review({ ...podCreate, namespace: undefined })), "request.namespace is missing");
  });
});

describe("answerReview", () => {
  const config = testConfig();

  test("encodes the patch as base64 JSONPatch and prefixes warnings", () => {
    const { review: answer, outcome } = answerReview(parseReview(review(podCreate)), false, config);
    const response = (answer as { response: Record<string, unknown> }).response;
    assert.equal(response.uid, "u1");
    assert.equal(response.allowed, true);
    assert.equal(response.patchType, "JSONPatch");
    const expected = buildPatch(pod, { name: "apps" }, config);
    assert.deepEqual(JSON.parse(Buffer.from(response.patch as string, "base64").toString()), expected.patch);
    assert.deepEqual(
      response.warnings,
      expected.report.warnings.map((w) => `isa-injector: ${w}`),
    );
    assert.equal(outcome.kind, "mutated");
  });

  test("the namespace path means the namespace is labelled for injection", () => {
    const quiet = { ...podCreate, object: { spec: pod.spec } };
    const viaPod = answerReview(parseReview(review(quiet)), false, config).outcome;
    const viaNamespace = answerReview(parseReview(review(quiet)), true, config).outcome;
    assert.equal(viaPod.kind === "mutated" && viaPod.report.result, "skipped");
    assert.equal(viaNamespace.kind === "mutated" && viaNamespace.report.result, "injected");
  });

  test("anything but a pod CREATE is allowed untouched", () => {
    for (const request of [
      { ...podCreate, operation: "UPDATE" },
      { ...podCreate, kind: { group: "", version: "v1", kind: "Service" }, resource: { resource: "services" } },
      { ...podCreate, subResource: "ephemeralcontainers", operation: "UPDATE" },
    ]) {
      const { review: answer, outcome } = answerReview(parseReview(review(request)), false, config);
      assert.deepEqual((answer as { response: object }).response, { uid: "u1", allowed: true });
      assert.equal(outcome.kind, "unsupported");
    }
  });
});
