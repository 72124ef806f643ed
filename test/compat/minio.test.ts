/**
 * The isA SDK's MinIO calls against the sidecar (s3rver behind it), asserting the fields the SDK
 * reads (CLIENT-SEMANTICS.md, MinIO): the upload flow (bucket exists? → create → put), PutObject
 * and GetObject and StatObject fields, a presigned URL that works as it is, the SDK's policy
 * deletion, one-level listings, and the health answer. Only CreateBucket and ListBuckets carry
 * `organization_id`, the SDK's placeholder `default-org` here: the token's organisation serves
 * (test/compat/tenant-flows.test.ts covers the organisation rule itself).
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { request } from "undici";
import { type IdentityFields, type SdkClient, sdkClient } from "../helpers/compat";
import { bucketName, getObject, MINIO, type MinioClient, putObject } from "../helpers/minio";
import { type S3rverInstance, s3rverArgs, startS3rver } from "../helpers/s3rver";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

/** As the SDK fills them when the app names no organisation: its placeholder `default-org`. */
const minioFields: IdentityFields = (method, ids) => {
  if (method === "HealthCheck") return {};
  if (method === "CreateBucket" || method === "ListBuckets")
    return { user_id: ids.user_id, organization_id: "default-org" };
  return { user_id: ids.user_id };
};

describe("isA SDK compatibility: MinIO", { timeout: 60_000 }, () => {
  let s3: S3rverInstance;
  let proc: SidecarProcess;
  let sdk: SdkClient;
  /** The same gzip client, for the client streams. */
  let streams: MinioClient;
  const bucket = bucketName("compat");
  const body = Buffer.from("hello from the isA SDK\n".repeat(1000));

  before(async () => {
    s3 = await startS3rver();
    proc = await startSidecar({ args: s3rverArgs(s3) });
    await waitServing(proc, MINIO);
    // Short org ids: the org token and the bucket name share S3's 63 characters.
    sdk = await sdkClient(proc, MINIO, minioFields, `org${randomUUID().replace(/-/g, "").slice(0, 12)}`, "sdk-user");
    streams = { ...sdk.raw, org: sdk.org, user: sdk.user, token: sdk.token };
  });
  after(async () => {
    sdk.close();
    await proc.stop();
    await s3.stop();
  });

  it("upload_object: GetBucketInfo of a missing bucket fails, CreateBucket, then PutObject answers key, size, etag", async () => {
    const missing = await sdk.call("GetBucketInfo", { bucket_name: bucket }).catch(() => ({ success: false }));
    assert.equal(missing.success, false);
    const created = await sdk.call("CreateBucket", { bucket_name: bucket });
    assert.equal(created.success, true);
    assert.equal(created.bucket_info.name, bucket);

    const put = await putObject(
      streams,
      {
        bucket_name: bucket,
        object_key: "docs/readme.txt",
        user_id: sdk.user,
        content_type: "text/plain",
        content_length: String(body.length),
        metadata: { author: "ada" },
      },
      [body.subarray(0, 10_000), body.subarray(10_000)],
    );
    assert.equal(put.success, true);
    assert.equal(put.object_key, "docs/readme.txt");
    assert.equal(put.size, String(body.length));
    assert.match(put.etag, /^[0-9a-f]{32}$/);

    const info = await sdk.call("GetBucketInfo", { bucket_name: bucket });
    assert.equal(info.success, true);
    assert.deepEqual(
      [info.bucket_info.name, info.bucket_info.object_count, info.bucket_info.size_bytes],
      [bucket, "1", String(body.length)],
    );
  });

  it("GetObject: the first message is the metadata, then the chunks", async () => {
    const got = await getObject(sdk.raw, { bucket_name: bucket, object_key: "docs/readme.txt", user_id: sdk.user });
    assert.equal(got.info.key, "docs/readme.txt");
    assert.equal(got.info.size, String(body.length));
    assert.equal(got.info.content_type, "text/plain");
    assert.ok(got.data.equals(body));
  });

  it("StatObject: user metadata keys come without the x-amz-meta- prefix", async () => {
    const stat = await sdk.call("StatObject", { bucket_name: bucket, object_key: "docs/readme.txt" });
    assert.equal(stat.success, true);
    assert.deepEqual(stat.object_info.metadata, { author: "ada" });
    assert.equal(stat.object_info.size, String(body.length));
  });

  it("a presigned URL is absolute and works as it is", async () => {
    const res = await sdk.call("GetPresignedURL", {
      bucket_name: bucket,
      object_key: "docs/readme.txt",
      expiry_seconds: 600,
    });
    assert.equal(res.success, true);
    assert.match(res.url, /^https?:\/\//);
    const fetched = await request(res.url);
    assert.equal(fetched.statusCode, 200);
    assert.ok(Buffer.from(await fetched.body.arrayBuffer()).equals(body));
  });

  it("delete_bucket_policy (SetBucketPolicy with an empty custom policy) succeeds", async () => {
    const res = await sdk.call("SetBucketPolicy", {
      bucket_name: bucket,
      policy_type: "BUCKET_POLICY_CUSTOM",
      custom_policy: "",
    });
    assert.equal(res.success, true);
  });

  it("ListObjects without recursive shows one level: nested keys as common_prefixes", async () => {
    await putObject(streams, { bucket_name: bucket, object_key: "top.txt", user_id: sdk.user }, [Buffer.from("t")]);
    const listed = await sdk.call("ListObjects", { bucket_name: bucket });
    assert.equal(listed.success, true);
    assert.deepEqual(
      listed.objects.map((o: { key: string }) => o.key),
      ["top.txt"],
    );
    assert.deepEqual(listed.common_prefixes, ["docs/"]);
    const buckets = await sdk.call("ListBuckets", {});
    assert.deepEqual(
      buckets.buckets.map((b: { name: string }) => b.name),
      [bucket],
    );
  });

  it("HealthCheck: healthy, status running", async () => {
    const res = await sdk.call("HealthCheck", {});
    assert.deepEqual([res.success, res.healthy, res.status], [true, true, "running"]);
  });

  it("DeleteBucket with force removes the objects and the bucket", async () => {
    const res = await sdk.call("DeleteBucket", { bucket_name: bucket, force: true });
    assert.deepEqual([res.success, res.deleted_objects], [true, 2]);
    const gone = await sdk.call("GetBucketInfo", { bucket_name: bucket }).catch(() => ({ success: false }));
    assert.equal(gone.success, false);
  });
});
