/** What a bucket policy may grant: checked and rewritten before anything is sent. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { callerPolicy, cannedPolicy, confinePolicy } from "../../sidecar/services/minio/policy-rules";
import { orgToken } from "../../sidecar/tenancy";

const org = "acme-corp";
const backend = `${orgToken(org)}-photos`;
const open = { org, bucket: "photos", allowPublic: true };
const closed = { ...open, allowPublic: false };
const doc = (...Statement: object[]) => ({ Version: "2012-10-17", Statement });
const fails = (fn: () => unknown, kind: string, message: RegExp) =>
  assert.throws(fn, (err: { kind: string; message: string }) => {
    assert.equal(err.kind, kind);
    assert.match(err.message, message);
    return true;
  });

test("resources in the policy's own bucket are rewritten to the backend bucket", () => {
  const out = confinePolicy(
    doc({
      Sid: "pub",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: ["arn:aws:s3:::photos/public/*"],
    }),
    open,
  );
  assert.deepEqual(out, {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "pub",
        Effect: "Allow",
        Principal: "*",
        Action: ["s3:GetObject"],
        Resource: [`arn:aws:s3:::${backend}/public/*`],
      },
    ],
  });
});

test("public access needs the operator flag", () => {
  const statement = {
    Effect: "Allow",
    Principal: { AWS: "*" },
    Action: "s3:GetObject",
    Resource: "arn:aws:s3:::photos/*",
  };
  fails(
    () => confinePolicy(doc(statement), closed),
    "permission_denied",
    /disabled by the operator \(--minio-allow-public-policies\)/,
  );
  assert.equal(confinePolicy(doc(statement), open).Statement.length, 1);
});

test("grants to named principals are refused: they are not identities of the organisation", () => {
  for (const Principal of [
    { AWS: "arn:aws:iam::1:root" },
    { AWS: ["*", "arn:aws:iam::1:root"] },
    { Service: "s3.amazonaws.com" },
  ]) {
    fails(
      () =>
        confinePolicy(
          doc({ Effect: "Allow", Principal, Action: "s3:GetObject", Resource: "arn:aws:s3:::photos/*" }),
          open,
        ),
      "permission_denied",
      /principals are not identities of this organisation/,
    );
  }
});

test("resources outside the bucket, wildcard buckets and other ARNs are refused", () => {
  const allow = (Resource: unknown) => doc({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource });
  fails(() => confinePolicy(allow("arn:aws:s3:::*"), open), "permission_denied", /wildcard bucket/);
  fails(() => confinePolicy(allow("arn:aws:s3:::pho*/x"), open), "permission_denied", /wildcard bucket/);
  fails(() => confinePolicy(allow("*"), open), "permission_denied", /not an S3 ARN/);
  fails(() => confinePolicy(allow("arn:aws:iam::1:user/x"), open), "permission_denied", /not an S3 ARN/);
  fails(
    () => confinePolicy(allow(`arn:aws:s3:::${backend}/*`), open),
    "invalid_argument",
    /may only name its own bucket "photos"/,
  );
  fails(() => confinePolicy(allow("arn:aws:s3:::videos/*"), open), "invalid_argument", /may only name its own bucket/);
});

test("Not* fields and management actions are refused; Deny may name anyone and any s3 action", () => {
  fails(
    () =>
      confinePolicy(
        doc({ Effect: "Allow", NotPrincipal: { AWS: "x" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::photos/*" }),
        open,
      ),
    "permission_denied",
    /NotPrincipal: it reaches everything not listed/,
  );
  fails(
    () =>
      confinePolicy(
        doc({ Effect: "Deny", Principal: "*", Action: "s3:*", NotResource: "arn:aws:s3:::photos/*" }),
        open,
      ),
    "permission_denied",
    /NotResource/,
  );
  for (const action of ["s3:*", "s3:PutBucketPolicy", "s3:DeleteBucket", "s3:Get*"]) {
    fails(
      () =>
        confinePolicy(doc({ Effect: "Allow", Principal: "*", Action: action, Resource: "arn:aws:s3:::photos" }), open),
      "permission_denied",
      /only data actions may be granted/,
    );
  }
  const deny = doc({
    Effect: "Deny",
    Principal: { AWS: "arn:aws:iam::1:root" },
    Action: "s3:*",
    Resource: "arn:aws:s3:::photos/*",
  });
  assert.equal(confinePolicy(deny, closed).Statement[0]!.Resource[0], `arn:aws:s3:::${backend}/*`);
});

test("malformed documents are INVALID_ARGUMENT", () => {
  fails(() => confinePolicy([], open), "invalid_argument", /must be a JSON object/);
  fails(() => confinePolicy({ Statement: [] }, open), "invalid_argument", /has no Statement/);
  fails(
    () => confinePolicy({ Version: "2020-01-01", Statement: [] }, open),
    "invalid_argument",
    /Version must be 2012-10-17/,
  );
  fails(
    () => confinePolicy({ Statement: [], Extra: 1 }, open),
    "invalid_argument",
    /policy field "Extra" is not known/,
  );
  fails(
    () =>
      confinePolicy(
        doc({ Effect: "Maybe", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::photos" }),
        open,
      ),
    "invalid_argument",
    /Effect must be Allow or Deny/,
  );
  fails(
    () => confinePolicy(doc({ Effect: "Allow", Principal: "*", Action: [], Resource: "arn:aws:s3:::photos" }), open),
    "invalid_argument",
    /Action must be a non-empty/,
  );
});

test("the canned policies pass the rules and are recognised again when read back", () => {
  for (const type of ["BUCKET_POLICY_PUBLIC_READ", "BUCKET_POLICY_PUBLIC_WRITE", "BUCKET_POLICY_PUBLIC_RW"] as const) {
    const sent = JSON.stringify(confinePolicy(cannedPolicy(type, "photos"), open));
    assert.ok(sent.includes(`arn:aws:s3:::${backend}`));
    const back = callerPolicy(sent, org, "photos");
    assert.equal(back.type, type);
    assert.ok(!back.json.includes(orgToken(org)), "the caller sees its own bucket name");
  }
  assert.equal(cannedPolicy("BUCKET_POLICY_PRIVATE", "photos"), undefined);
  assert.deepEqual(callerPolicy("", org, "photos"), { type: "BUCKET_POLICY_PRIVATE", json: "" });
});

test("a policy read back names foreign buckets by a placeholder, and custom policies are CUSTOM", () => {
  const backendPolicy = JSON.stringify(
    doc(
      { Effect: "Allow", Principal: "*", Action: ["s3:GetObject"], Resource: [`arn:aws:s3:::${backend}/x/*`] },
      { Effect: "Deny", Principal: "*", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::otherorg-secret/*"] },
    ),
  );
  const back = callerPolicy(backendPolicy, org, "photos");
  assert.equal(back.type, "BUCKET_POLICY_CUSTOM");
  const statements = JSON.parse(back.json).Statement;
  assert.deepEqual(statements[0].Resource, ["arn:aws:s3:::photos/x/*"]);
  assert.deepEqual(statements[1].Resource, ["arn:aws:s3:::(outside this organization)"]);
});
