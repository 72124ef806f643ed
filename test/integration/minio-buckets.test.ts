/** Buckets: create, list (the org's own, by caller names), info (real size and count), delete (force), naming rules. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { orgToken } from "../../sidecar/tenancy";
import { bucketName, type MinioClient, type MinioEnv, putObject, startMinioEnv } from "../helpers/minio";

let env: MinioEnv;
let client: MinioClient;

before(async () => {
  env = await startMinioEnv();
  client = await env.client();
});
after(() => env.stop());

const rejectsWith = (promise: Promise<unknown>, code: status, details: RegExp | string) =>
  assert.rejects(promise, (err: { code: number; details: string }) => {
    assert.equal(err.code, code, err.details);
    if (typeof details === "string") assert.equal(err.details, details);
    else assert.match(err.details, details);
    return true;
  });

test("CreateBucket creates {orgToken}-{bucket} and answers with the caller's names", async () => {
  const name = bucketName("photos");
  const res = await client.call("CreateBucket", { bucket_name: name });
  assert.equal(res.success, true);
  assert.equal(res.bucket_info.name, name);
  assert.equal(res.bucket_info.organization_id, client.org);
  assert.equal(res.bucket_info.owner_id, client.user);
  assert.equal(res.bucket_info.region, "us-east-1");
  assert.ok(Number(res.bucket_info.creation_date.seconds) > 0);
  await env.s3.settled();
  const sent = env.s3.requests.filter((r) => r.method === "PUT" && r.query === "");
  assert.ok(sent.some((r) => r.path === `/${orgToken(client.org)}-${name}`));
  await rejectsWith(client.call("CreateBucket", { bucket_name: name }), status.ALREADY_EXISTS, "bucket already exists");
});

test("bucket names that break S3's rules are INVALID_ARGUMENT naming the rule", async () => {
  await rejectsWith(client.call("CreateBucket", { bucket_name: "" }), status.INVALID_ARGUMENT, "bucket_name is empty");
  await rejectsWith(
    client.call("CreateBucket", { bucket_name: "Upper_Case" }),
    status.INVALID_ARGUMENT,
    /use lowercase letters, digits, "\." and "-", starting and ending with a letter or digit/,
  );
  await rejectsWith(
    client.call("CreateBucket", { bucket_name: "a..b" }),
    status.INVALID_ARGUMENT,
    'bucket "a..b": no "..", ".-" or "-."',
  );
  await rejectsWith(
    client.call("CreateBucket", { bucket_name: "x".repeat(60) }),
    status.INVALID_ARGUMENT,
    /with the organization prefix the name exceeds 63 characters/,
  );
  await rejectsWith(
    client.call("CreateBucket", { bucket_name: bucketName(), region: "eu-west-1" }),
    status.INVALID_ARGUMENT,
    'region must be empty or "us-east-1", the region of this object storage',
  );
});

test("CreateBucket with tags on a backend without bucket tagging is UNIMPLEMENTED and leaves no bucket", async () => {
  const name = bucketName("tagged");
  await rejectsWith(
    client.call("CreateBucket", { bucket_name: name, tags: { team: "a" } }),
    status.UNIMPLEMENTED,
    "the object storage backend does not implement this: A parameter you provided implies functionality that is not implemented",
  );
  const listed = await client.call("ListBuckets", {});
  assert.ok(!listed.buckets.some((b: { name: string }) => b.name === name));
});

test("ListBuckets lists only the caller's organisation's buckets, by their caller names, filtered by prefix", async () => {
  const mine = await env.client();
  const other = await env.client();
  await mine.call("CreateBucket", { bucket_name: "logs-a" });
  await mine.call("CreateBucket", { bucket_name: "logs-b" });
  await mine.call("CreateBucket", { bucket_name: "data" });
  await other.call("CreateBucket", { bucket_name: "logs-z" });
  const all = await mine.call("ListBuckets", {});
  assert.deepEqual(all.buckets.map((b: { name: string }) => b.name).sort(), ["data", "logs-a", "logs-b"]);
  assert.equal(all.total_count, 3);
  assert.ok(all.buckets.every((b: { organization_id: string }) => b.organization_id === mine.org));
  const logs = await mine.call("ListBuckets", { prefix: "logs-" });
  assert.deepEqual(logs.buckets.map((b: { name: string }) => b.name).sort(), ["logs-a", "logs-b"]);
  const theirs = await other.call("ListBuckets", {});
  assert.deepEqual(
    theirs.buckets.map((b: { name: string }) => b.name),
    ["logs-z"],
  );
});

test("org ids with '-' cannot collide: org 'a-b' bucket 'x' and org 'a' bucket 'b-x' are different buckets", async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const ab = await env.client(`a-b${suffix}`);
  const a = await env.client(`a${suffix}`);
  await ab.call("CreateBucket", { bucket_name: "x" });
  await a.call("CreateBucket", { bucket_name: `b${suffix}-x` });
  assert.deepEqual(
    (await ab.call("ListBuckets", {})).buckets.map((b: { name: string }) => b.name),
    ["x"],
  );
  assert.deepEqual(
    (await a.call("ListBuckets", {})).buckets.map((b: { name: string }) => b.name),
    [`b${suffix}-x`],
  );
});

test("GetBucketInfo reports the real size and object count; DeleteBucket refuses a non-empty bucket unless forced", async () => {
  const name = bucketName("info");
  await client.call("CreateBucket", { bucket_name: name });
  for (const [key, size] of [
    ["a", 10],
    ["b/c", 2000],
    ["d", 7 * 1024 * 1024],
  ] as const) {
    await putObject(client, { bucket_name: name, object_key: key }, [Buffer.alloc(size, 1)]);
  }
  const info = await client.call("GetBucketInfo", { bucket_name: name });
  assert.equal(info.bucket_info.name, name);
  assert.equal(info.bucket_info.size_bytes, String(10 + 2000 + 7 * 1024 * 1024));
  assert.equal(info.bucket_info.object_count, "3");
  assert.deepEqual(info.bucket_info.tags, {});

  await rejectsWith(
    client.call("DeleteBucket", { bucket_name: name }),
    status.FAILED_PRECONDITION,
    "bucket is not empty; delete its objects first, or pass force",
  );
  const deleted = await client.call("DeleteBucket", { bucket_name: name, force: true });
  assert.deepEqual([deleted.success, deleted.deleted_objects], [true, 3]);
  await rejectsWith(client.call("GetBucketInfo", { bucket_name: name }), status.NOT_FOUND, "bucket not found");
  await rejectsWith(client.call("DeleteBucket", { bucket_name: name }), status.NOT_FOUND, "bucket not found");
});

test("DeleteBucket of an empty bucket needs no force", async () => {
  const name = bucketName("empty");
  await client.call("CreateBucket", { bucket_name: name });
  const res = await client.call("DeleteBucket", { bucket_name: name });
  assert.deepEqual([res.success, res.deleted_objects], [true, 0]);
});
