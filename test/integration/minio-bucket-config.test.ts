/**
 * Bucket tags, versioning, lifecycle and policy. s3rver implements none of them: the sidecar passes
 * its refusal through as UNIMPLEMENTED with s3rver's reason, and the tests check the request the
 * sidecar sent (confined bucket, exact body), and that invalid or forbidden requests are refused
 * before anything reaches the backend.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { orgToken } from "../../sidecar/tenancy";
import { connect } from "../helpers/client";
import { bucketName, MINIO, type MinioClient, type MinioEnv, startMinioEnv } from "../helpers/minio";
import { s3rverArgs } from "../helpers/s3rver";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const REFUSAL =
  "the object storage backend does not implement this: A parameter you provided implies functionality that is not implemented";

let env: MinioEnv;
let client: MinioClient;
let bucket: string;
let backendBucket: string;

before(async () => {
  env = await startMinioEnv();
  client = await env.client();
  bucket = bucketName("config");
  backendBucket = `${orgToken(client.org)}-${bucket}`;
  await client.call("CreateBucket", { bucket_name: bucket });
});
after(() => env.stop());

const rejectsWith = (promise: Promise<unknown>, code: status, details: string | RegExp) =>
  assert.rejects(promise, (err: { code: number; details: string }) => {
    assert.equal(err.code, code, err.details);
    if (typeof details === "string") assert.equal(err.details, details);
    else assert.match(err.details, details);
    return true;
  });

/** Runs `call` and returns the requests it made to the backend bucket. */
async function sentBy(call: () => Promise<unknown>): Promise<{ method: string; query: string; body?: string }[]> {
  const before = (await env.s3.requestsFor(backendBucket)).length;
  await call();
  return (await env.s3.requestsFor(backendBucket))
    .slice(before)
    .map(({ method, query, body }) => ({ method, query, body }));
}

const unimplemented = (method: string, request: object) =>
  rejectsWith(client.call(method, request), status.UNIMPLEMENTED, REFUSAL);
const refusedLocally = async (method: string, request: object, code: status, details: string | RegExp) =>
  assert.deepEqual(await sentBy(() => rejectsWith(client.call(method, request), code, details)), []);

test("bucket tags: the request reaches the confined bucket and s3rver's refusal comes back as UNIMPLEMENTED", async () => {
  const sent = await sentBy(() => unimplemented("SetBucketTags", { bucket_name: bucket, tags: { team: "storage" } }));
  assert.equal(sent.length, 1);
  assert.deepEqual([sent[0]!.method, sent[0]!.query], ["PUT", "tagging"]);
  assert.equal(sent[0]!.body, "<Tagging><TagSet><Tag><Key>team</Key><Value>storage</Value></Tag></TagSet></Tagging>");
  assert.deepEqual(
    (await sentBy(() => unimplemented("GetBucketTags", { bucket_name: bucket }))).map((r) => `${r.method} ${r.query}`),
    ["GET tagging"],
  );
  assert.deepEqual(
    (await sentBy(() => unimplemented("DeleteBucketTags", { bucket_name: bucket }))).map(
      (r) => `${r.method} ${r.query}`,
    ),
    ["DELETE tagging"],
  );
  const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"]));
  await refusedLocally(
    "SetBucketTags",
    { bucket_name: bucket, tags: eleven },
    status.INVALID_ARGUMENT,
    "at most 10 tags",
  );
});

test("versioning: Enabled and Suspended are sent to the confined bucket; s3rver's misreading is UNIMPLEMENTED", async () => {
  // s3rver does not know ?versioning: it takes PUT for a bucket creation and GET for a listing.
  const refused = (method: string, request: object, how: string) =>
    rejectsWith(
      client.call(method, request),
      status.UNIMPLEMENTED,
      `the object storage backend does not implement bucket versioning: ${how}`,
    );
  const on = await sentBy(() =>
    refused("SetBucketVersioning", { bucket_name: bucket, enabled: true }, "it took the request for a bucket creation"),
  );
  assert.deepEqual(
    on.map((r) => `${r.method} ${r.query}`),
    ["PUT versioning"],
  );
  const off = await sentBy(() =>
    refused(
      "SetBucketVersioning",
      { bucket_name: bucket, enabled: false },
      "it took the request for a bucket creation",
    ),
  );
  assert.deepEqual(
    off.map((r) => `${r.method} ${r.query}`),
    ["PUT versioning"],
  );
  const got = await sentBy(() =>
    refused(
      "GetBucketVersioning",
      { bucket_name: bucket },
      "it answered with something else than a versioning configuration",
    ),
  );
  assert.deepEqual(
    got.map((r) => `${r.method} ${r.query}`),
    ["GET versioning"],
  );
});

const struct = (o: Record<string, unknown>) => ({
  fields: Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? { numberValue: v } : { stringValue: String(v) }]),
  ),
});

test("lifecycle: the rules are sent as S3 XML to the confined bucket; s3rver's refusal is UNIMPLEMENTED", async () => {
  const rules = [
    { id: "expire-logs", status: "Enabled", filter: struct({ prefix: "logs/" }), expiration: struct({ days: 30 }) },
    { id: "archive", filter: struct({}), transition: struct({ days: 90, storage_class: "GLACIER" }) },
  ];
  const sent = await sentBy(() => unimplemented("SetBucketLifecycle", { bucket_name: bucket, rules }));
  assert.deepEqual([sent.length, sent[0]!.method, sent[0]!.query], [1, "PUT", "lifecycle"]);
  assert.equal(
    sent[0]!.body,
    '<LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
      "<Rule><ID>expire-logs</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status><Expiration><Days>30</Days></Expiration></Rule>" +
      "<Rule><ID>archive</ID><Filter><Prefix></Prefix></Filter><Status>Enabled</Status><Transition><Days>90</Days><StorageClass>GLACIER</StorageClass></Transition></Rule>" +
      "</LifecycleConfiguration>",
  );
  assert.deepEqual(
    (await sentBy(() => unimplemented("GetBucketLifecycle", { bucket_name: bucket }))).map(
      (r) => `${r.method} ${r.query}`,
    ),
    ["GET lifecycle"],
  );
  assert.deepEqual(
    (await sentBy(() => unimplemented("DeleteBucketLifecycle", { bucket_name: bucket }))).map(
      (r) => `${r.method} ${r.query}`,
    ),
    ["DELETE lifecycle"],
  );
});

test("lifecycle rules that S3 would not accept are INVALID_ARGUMENT, refused before sending", async () => {
  await refusedLocally(
    "SetBucketLifecycle",
    { bucket_name: bucket, rules: [] },
    status.INVALID_ARGUMENT,
    "rules is empty; DeleteBucketLifecycle removes all rules",
  );
  await refusedLocally(
    "SetBucketLifecycle",
    { bucket_name: bucket, rules: [{ id: "r", filter: struct({ prefix: "x" }) }] },
    status.INVALID_ARGUMENT,
    "rules[0] needs an expiration or a transition",
  );
  await refusedLocally(
    "SetBucketLifecycle",
    { bucket_name: bucket, rules: [{ id: "r", expiration: struct({ weeks: 2 }) }] },
    status.INVALID_ARGUMENT,
    'rules[0].expiration: unknown field "weeks" (known: days, date, expiredobjectdeletemarker)',
  );
  await refusedLocally(
    "SetBucketLifecycle",
    { bucket_name: bucket, rules: [{ id: "r", expiration: struct({ days: 0 }) }] },
    status.INVALID_ARGUMENT,
    "rules[0].expiration.days must be a whole number of days, at least 1",
  );
});

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [statement] });

test("bucket policy without the operator flag: public access and foreign grants are refused before sending", async () => {
  await refusedLocally(
    "SetBucketPolicy",
    { bucket_name: bucket, policy_type: "BUCKET_POLICY_PUBLIC_READ" },
    status.PERMISSION_DENIED,
    "public (anonymous) access is disabled by the operator (--minio-allow-public-policies)",
  );
  await refusedLocally(
    "SetBucketPolicy",
    {
      bucket_name: bucket,
      policy_type: "BUCKET_POLICY_CUSTOM",
      custom_policy: policy({
        Effect: "Allow",
        Principal: { AWS: ["arn:aws:iam::123:user/x"] },
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${bucket}/*`,
      }),
    },
    status.PERMISSION_DENIED,
    /the backend's principals are not identities of this organisation/,
  );
  await refusedLocally(
    "SetBucketPolicy",
    {
      bucket_name: bucket,
      policy_type: "BUCKET_POLICY_CUSTOM",
      custom_policy: policy({ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "arn:aws:s3:::*" }),
    },
    status.PERMISSION_DENIED,
    `resource "arn:aws:s3:::*": a wildcard bucket could reach other organisations' buckets`,
  );
  await refusedLocally(
    "SetBucketPolicy",
    { bucket_name: bucket, policy_type: "BUCKET_POLICY_CUSTOM", custom_policy: "{not json" },
    status.INVALID_ARGUMENT,
    "custom_policy is not valid JSON",
  );
});

test("a private or empty custom policy deletes the bucket policy; getting it passes s3rver's refusal through", async () => {
  // s3rver keeps no policies (it answers NotImplemented): its buckets have none, so removal succeeds.
  const removals = [
    { bucket_name: bucket, policy_type: "BUCKET_POLICY_PRIVATE" },
    // The isA SDK's delete_bucket_policy.
    { bucket_name: bucket, policy_type: "BUCKET_POLICY_CUSTOM", custom_policy: "" },
    { bucket_name: bucket, policy_type: "BUCKET_POLICY_CUSTOM", custom_policy: " {} " },
  ];
  for (const request of removals) {
    let res: { success?: boolean } = {};
    const sent = await sentBy(async () => {
      res = await client.call("SetBucketPolicy", request);
    });
    assert.equal(res.success, true);
    assert.deepEqual(
      sent.map((r) => `${r.method} ${r.query}`),
      ["DELETE policy"],
    );
  }
  await rejectsWith(
    client.call("SetBucketPolicy", { bucket_name: bucketName("nobucket"), policy_type: "BUCKET_POLICY_CUSTOM" }),
    status.NOT_FOUND,
    "bucket not found",
  );
  // s3rver routes GET ?policy nowhere and answers 405, passed through with its reason.
  const got = await sentBy(() =>
    rejectsWith(
      client.call("GetBucketPolicy", { bucket_name: bucket }),
      status.UNIMPLEMENTED,
      "the object storage backend does not implement this: The specified method is not allowed against this resource.",
    ),
  );
  assert.deepEqual(
    got.map((r) => `${r.method} ${r.query}`),
    ["GET policy"],
  );
});

test("with --minio-allow-public-policies, a public policy is sent with the bucket confined; management actions stay refused", async () => {
  const operatorSidecar: SidecarProcess = await startSidecar({
    args: [...s3rverArgs(env.s3), "--minio-allow-public-policies"],
  });
  try {
    await waitServing(operatorSidecar, MINIO);
    const c = connect(operatorSidecar.address, MINIO, await operatorSidecar.token(client.org, client.user));
    const sent = await sentBy(() =>
      rejectsWith(
        c.call("SetBucketPolicy", { bucket_name: bucket, policy_type: "BUCKET_POLICY_PUBLIC_READ" }),
        status.UNIMPLEMENTED,
        REFUSAL,
      ),
    );
    assert.deepEqual([sent.length, sent[0]!.method, sent[0]!.query], [1, "PUT", "policy"]);
    assert.deepEqual(JSON.parse(sent[0]!.body!), {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: ["*"] },
          Action: ["s3:GetBucketLocation", "s3:ListBucket"],
          Resource: [`arn:aws:s3:::${backendBucket}`],
        },
        {
          Effect: "Allow",
          Principal: { AWS: ["*"] },
          Action: ["s3:GetObject"],
          Resource: [`arn:aws:s3:::${backendBucket}/*`],
        },
      ],
    });
    const custom = policy({
      Effect: "Allow",
      Principal: "*",
      Action: ["s3:GetObject"],
      Resource: `arn:aws:s3:::${bucket}/public/*`,
    });
    const sentCustom = await sentBy(() =>
      rejectsWith(
        c.call("SetBucketPolicy", { bucket_name: bucket, policy_type: "BUCKET_POLICY_CUSTOM", custom_policy: custom }),
        status.UNIMPLEMENTED,
        REFUSAL,
      ),
    );
    assert.deepEqual(JSON.parse(sentCustom[0]!.body!).Statement[0].Resource, [
      `arn:aws:s3:::${backendBucket}/public/*`,
    ]);
    const admin = policy({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:PutBucketPolicy",
      Resource: `arn:aws:s3:::${bucket}`,
    });
    assert.deepEqual(
      await sentBy(() =>
        rejectsWith(
          c.call("SetBucketPolicy", { bucket_name: bucket, policy_type: "BUCKET_POLICY_CUSTOM", custom_policy: admin }),
          status.PERMISSION_DENIED,
          /Action "s3:PutBucketPolicy": only data actions may be granted/,
        ),
      ),
      [],
    );
    c.close();
  } finally {
    await operatorSidecar.stop();
  }
});
