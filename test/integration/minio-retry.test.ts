/**
 * Idempotent S3 requests answered with a 5xx are retried once (sidecar/backends/s3-retry.ts). The
 * sidecar talks to s3rver through a proxy that forwards a chosen request and answers it 500, as a
 * backend does when it failed a request it had carried out in part.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { orgToken } from "../../sidecar/tenancy";
import { connect } from "../helpers/client";
import { type FaultProxy, type ProxiedRequest, startFaultProxy } from "../helpers/fault-proxy";
import { bucketName, getObject, MINIO, type MinioClient, putObject } from "../helpers/minio";
import { S3RVER_ACCESS_KEY, S3RVER_SECRET_KEY, type S3rverInstance, startS3rver } from "../helpers/s3rver";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

let s3: S3rverInstance;
let proxy: FaultProxy;
let proc: SidecarProcess;
let client: MinioClient;

const hook = { timeout: 60_000 };
before(async () => {
  s3 = await startS3rver();
  proxy = await startFaultProxy(s3.endpoint);
  proc = await startSidecar({
    args: [
      "--minio-endpoint",
      proxy.endpoint,
      "--minio-access-key",
      S3RVER_ACCESS_KEY,
      "--minio-secret-key",
      S3RVER_SECRET_KEY,
    ],
  });
  await waitServing(proc, MINIO);
  const org = `org${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const token = await proc.token(org, "u");
  client = Object.assign(connect(proc.address, MINIO, token), { org, user: "u", token });
}, hook);
after(async () => {
  client?.close();
  await proc?.stop();
  await proxy?.stop();
  await s3?.stop();
}, hook);

const backend = (bucket: string) => `/${orgToken(client.org)}-${bucket}`;
const to = (bucket: string, method: string, query?: string) => (r: ProxiedRequest) =>
  r.method === method && r.path.startsWith(backend(bucket)) && (query === undefined || r.query === query);
const count = (match: (r: ProxiedRequest) => boolean) => proxy.requests.filter(match).length;

async function bucketWith(keys: string[]): Promise<string> {
  const bucket = bucketName("retry");
  await client.call("CreateBucket", { bucket_name: bucket });
  for (const key of keys) {
    await putObject(client, { bucket_name: bucket, object_key: key }, [Buffer.from(key)]);
  }
  return bucket;
}

test("force DeleteBucket: a multi-object delete answered 500 after S3 removed the objects is retried; the bucket goes", async () => {
  const keys = ["a/b/one.txt", "a/b/two.txt", "a/three.txt", "four.txt"];
  const bucket = await bucketWith(keys);
  proxy.failNext(to(bucket, "POST", "delete"));
  const res = await client.call("DeleteBucket", { bucket_name: bucket, force: true });
  assert.deepEqual([res.success, res.deleted_objects], [true, keys.length]);
  assert.equal(count(to(bucket, "POST", "delete")), 2);
  await assert.rejects(client.call("GetBucketInfo", { bucket_name: bucket }), { code: status.NOT_FOUND });
});

test("force DeleteBucket of many objects in shared folders succeeds against s3rver itself", async () => {
  // s3rver deletes the keys of one request concurrently; two that empty the same folder race to
  // remove it, and the loser answers 500 after the objects are gone.
  const keys = Array.from({ length: 24 }, (_, i) => `x/y/${i % 3}/k${i}.txt`);
  const bucket = await bucketWith(keys);
  const res = await client.call("DeleteBucket", { bucket_name: bucket, force: true });
  assert.deepEqual([res.success, res.deleted_objects], [true, keys.length]);
  await assert.rejects(client.call("GetBucketInfo", { bucket_name: bucket }), { code: status.NOT_FOUND });
});

test("GET and HEAD answered 500 are retried once; a second 500 is UNAVAILABLE", async () => {
  const bucket = await bucketWith(["doc.txt"]);
  const object = (r: ProxiedRequest) => r.path === `${backend(bucket)}/doc.txt`;
  proxy.failNext((r) => r.method === "GET" && object(r));
  const got = await getObject(client, { bucket_name: bucket, object_key: "doc.txt" });
  assert.equal(got.data.toString(), "doc.txt");

  proxy.failNext((r) => r.method === "HEAD" && object(r));
  const stat = await client.call("StatObject", { bucket_name: bucket, object_key: "doc.txt" });
  assert.equal(stat.object_info.size, "7");

  const heads = count((r) => r.method === "HEAD" && object(r));
  proxy.failNext((r) => r.method === "HEAD" && object(r), 2);
  await assert.rejects(client.call("StatObject", { bucket_name: bucket, object_key: "doc.txt" }), {
    code: status.UNAVAILABLE,
  });
  assert.equal(count((r) => r.method === "HEAD" && object(r)) - heads, 2, "one try and one retry, no more");
});

test("PUT without a streamed body (a copy) and DELETE answered 500 are retried once", async () => {
  const bucket = await bucketWith(["src.txt"]);
  const copyTarget = (r: ProxiedRequest) => r.method === "PUT" && r.path === `${backend(bucket)}/copy.txt`;
  proxy.failNext(copyTarget);
  const copied = await client.call("CopyObject", {
    source_bucket: bucket,
    source_key: "src.txt",
    dest_bucket: bucket,
    dest_key: "copy.txt",
  });
  assert.equal(copied.success, true);
  assert.equal(count(copyTarget), 2);

  const removal = (r: ProxiedRequest) => r.method === "DELETE" && r.path === `${backend(bucket)}/copy.txt`;
  proxy.failNext(removal);
  assert.equal((await client.call("DeleteObject", { bucket_name: bucket, object_key: "copy.txt" })).success, true);
  assert.equal(count(removal), 2);
  await assert.rejects(client.call("StatObject", { bucket_name: bucket, object_key: "copy.txt" }), {
    code: status.NOT_FOUND,
  });
});

test("a POST that is not idempotent (starting a multipart upload) is not retried", async () => {
  const bucket = await bucketWith([]);
  proxy.failNext(to(bucket, "POST", "uploads"));
  await assert.rejects(client.call("InitiateMultipartUpload", { bucket_name: bucket, object_key: "big.bin" }), {
    code: status.UNAVAILABLE,
  });
  assert.equal(count(to(bucket, "POST", "uploads")), 1);
});
