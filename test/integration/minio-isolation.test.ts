/**
 * Isolation: every bucket name a caller uses is confined to its organisation, so org B cannot read,
 * list, copy from, tag, presign into or delete in org A's buckets, even under the same names or
 * by naming A's backend bucket.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import { orgToken } from "../../sidecar/tenancy";
import { getObject, type MinioClient, type MinioEnv, putObject, startMinioEnv } from "../helpers/minio";

let env: MinioEnv;
let a: MinioClient;
let b: MinioClient;
const SECRET = Buffer.from("org A's secret");
const aObject = { bucket_name: "shared", object_key: "secret.txt" };

before(async () => {
  env = await startMinioEnv();
  a = await env.client();
  b = await env.client();
  await a.call("CreateBucket", { bucket_name: "shared" });
  await a.call("CreateBucket", { bucket_name: "only-a" });
  await putObject(a, aObject, [SECRET]);
  await a.call("SetObjectTags", { ...aObject, tags: { owner: "a" } });
  await b.call("CreateBucket", { bucket_name: "shared" });
});
after(() => env.stop());

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => status.OK,
    (err: { code: number }) => err.code,
  );

async function aStillHasItsObject(): Promise<void> {
  const got = await getObject(a, aObject);
  assert.ok(got.data.equals(SECRET));
  assert.deepEqual((await a.call("GetObjectTags", aObject)).tags, { owner: "a" });
}

test("B cannot read A's object, neither under the same bucket name nor by A's backend bucket name", async () => {
  assert.equal(await code(getObject(b, aObject)), status.NOT_FOUND);
  assert.equal(await code(b.call("StatObject", aObject)), status.NOT_FOUND);
  assert.equal(await code(b.call("GetObjectTags", aObject)), status.NOT_FOUND);
  assert.equal(await code(b.call("GetBucketInfo", { bucket_name: "only-a" })), status.NOT_FOUND);
  const aBackend = `${orgToken(a.org)}-shared`;
  assert.equal(await code(getObject(b, { bucket_name: aBackend, object_key: "secret.txt" })), status.NOT_FOUND);
});

test("B lists only its own buckets and its own (empty) 'shared'", async () => {
  const buckets = (await b.call("ListBuckets", {})).buckets.map((x: { name: string }) => x.name);
  assert.deepEqual(buckets, ["shared"]);
  const listed = await b.call("ListObjects", { bucket_name: "shared", recursive: true });
  assert.deepEqual(listed.objects, []);
  assert.equal((await b.call("GetBucketInfo", { bucket_name: "shared" })).bucket_info.object_count, "0");
});

test("B cannot copy from A's bucket: the source resolves inside B's organisation", async () => {
  const copy = b.call("CopyObject", {
    source_bucket: "shared",
    source_key: "secret.txt",
    dest_bucket: "shared",
    dest_key: "stolen.txt",
  });
  assert.equal(await code(copy), status.NOT_FOUND);
  const fromOnlyA = b.call("CopyObject", {
    source_bucket: "only-a",
    source_key: "x",
    dest_bucket: "shared",
    dest_key: "y",
  });
  assert.equal(await code(fromOnlyA), status.NOT_FOUND);
});

test("B cannot tag A's object", async () => {
  assert.equal(await code(b.call("SetObjectTags", { ...aObject, tags: { owner: "b" } })), status.NOT_FOUND);
  assert.equal(await code(b.call("DeleteObjectTags", aObject)), status.NOT_FOUND);
  await aStillHasItsObject();
});

test("B's presigned URLs point into B's bucket, never A's", async () => {
  const get = await b.call("GetPresignedURL", aObject);
  assert.ok(new URL(get.url).pathname.startsWith(`/${orgToken(b.org)}-shared/`));
  const res = await request(get.url);
  await res.body.dump();
  assert.equal(res.statusCode, 404);
  const put = await b.call("GetPresignedPutURL", aObject);
  const written = await request(put.url, { method: "PUT", body: "overwrite attempt" });
  await written.body.dump();
  assert.equal(written.statusCode, 200);
  await aStillHasItsObject();
  assert.equal(await code(b.call("GetPresignedPutURL", { bucket_name: "only-a", object_key: "x" })), status.NOT_FOUND);
});

test("B's deletes only reach B's buckets", async () => {
  assert.equal((await b.call("DeleteObject", aObject)).success, true);
  const many = await b.call("DeleteObjects", { bucket_name: "shared", object_keys: ["secret.txt"] });
  assert.equal(many.success, true);
  assert.equal(await code(b.call("DeleteBucket", { bucket_name: "only-a", force: true })), status.NOT_FOUND);
  await aStillHasItsObject();
  const deleted = await b.call("DeleteBucket", { bucket_name: "shared", force: true });
  assert.equal(deleted.success, true);
  await aStillHasItsObject();
  assert.deepEqual((await a.call("ListBuckets", {})).buckets.map((x: { name: string }) => x.name).sort(), [
    "only-a",
    "shared",
  ]);
});

test("a request naming another user than the token's is PERMISSION_DENIED", async () => {
  assert.equal(await code(b.call("ListBuckets", { user_id: a.user })), status.PERMISSION_DENIED);
  assert.equal(await code(b.call("ListBuckets", { organization_id: a.org })), status.PERMISSION_DENIED);
});
