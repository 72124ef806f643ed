/** Multipart uploads, presigned GET and PUT URLs used with plain HTTP, and HealthCheck. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { status } from "@grpc/grpc-js";
import { request } from "undici";
import { orgToken } from "../../sidecar/tenancy";
import {
  chunked,
  clientStream,
  getObject,
  type MinioClient,
  type MinioEnv,
  putObject,
  startMinioEnv,
  withBucket,
} from "../helpers/minio";

const MiB = 1024 * 1024;

let env: MinioEnv;
let client: MinioClient;
let bucket: string;

withBucket("mp", (f) => {
  ({ env, client, bucket } = f);
});

const rejectsWith = (promise: Promise<unknown>, code: status, details: string) =>
  assert.rejects(promise, (err: { code: number; details: string }) => {
    assert.deepEqual([err.code, err.details], [code, details]);
    return true;
  });

const uploadPart = (metadata: Record<string, unknown>, data: Buffer) =>
  clientStream(client, "UploadPart", [{ metadata }, ...[...chunked(data)].map((chunk) => ({ chunk }))]);

test("a multipart upload: initiate, upload parts as streams, complete; the object is the parts in order", async () => {
  const target = { bucket_name: bucket, object_key: "assembled.bin" };
  const init = await client.call("InitiateMultipartUpload", {
    ...target,
    content_type: "application/x-test",
    metadata: { part: "yes" },
  });
  assert.deepEqual([init.success, init.bucket_name, init.object_key], [true, bucket, "assembled.bin"]);
  assert.notEqual(init.upload_id, "");
  const first = Buffer.alloc(5 * MiB, 0xa1);
  const second = Buffer.alloc(MiB + 17, 0xb2);
  const p1 = await uploadPart(
    { ...target, upload_id: init.upload_id, part_number: 1, part_size: String(first.length) },
    first,
  );
  const p2 = await uploadPart({ ...target, upload_id: init.upload_id, part_number: 2 }, second);
  assert.deepEqual([p1.success, p1.part_number, p1.etag], [true, 1, createHash("md5").update(first).digest("hex")]);
  assert.equal(p2.part_number, 2);
  const done = await client.call("CompleteMultipartUpload", {
    ...target,
    upload_id: init.upload_id,
    parts: [
      { part_number: 1, etag: p1.etag },
      { part_number: 2, etag: p2.etag },
    ],
  });
  assert.deepEqual([done.success, done.object_key, done.location], [true, "assembled.bin", `${bucket}/assembled.bin`]);
  const got = await getObject(client, target);
  assert.ok(got.data.equals(Buffer.concat([first, second])));
  assert.equal(got.info.content_type, "application/x-test");
  assert.deepEqual(got.info.metadata, { part: "yes" });
});

test("UploadPart checks its metadata and the announced size", async () => {
  const target = { bucket_name: bucket, object_key: "checked.bin" };
  const init = await client.call("InitiateMultipartUpload", target);
  await rejectsWith(
    uploadPart({ ...target, upload_id: init.upload_id, part_number: 0 }, Buffer.from("x")),
    status.INVALID_ARGUMENT,
    "part_number must be 1 to 10000",
  );
  await rejectsWith(
    uploadPart({ ...target, upload_id: init.upload_id, part_number: 1, part_size: "10" }, Buffer.from("short")),
    status.INVALID_ARGUMENT,
    "the part carried 5 bytes; part_size said 10",
  );
  await rejectsWith(
    uploadPart({ ...target, upload_id: "has space", part_number: 1 }, Buffer.from("x")),
    status.INVALID_ARGUMENT,
    "upload_id is empty or not an S3 upload id",
  );
  await rejectsWith(
    clientStream(client, "UploadPart", [{ chunk: Buffer.from("x") }]),
    status.INVALID_ARGUMENT,
    "the first message must be the metadata message, before any chunk",
  );
  await rejectsWith(
    client.call("CompleteMultipartUpload", { ...target, upload_id: init.upload_id, parts: [] }),
    status.INVALID_ARGUMENT,
    "parts is empty",
  );
});

test("AbortMultipartUpload sends the S3 abort; s3rver cannot abort and its refusal is UNIMPLEMENTED", async () => {
  const target = { bucket_name: bucket, object_key: "aborted.bin" };
  const init = await client.call("InitiateMultipartUpload", target);
  await uploadPart({ ...target, upload_id: init.upload_id, part_number: 1 }, Buffer.alloc(MiB, 1));
  await rejectsWith(
    client.call("AbortMultipartUpload", { ...target, upload_id: init.upload_id }),
    status.UNIMPLEMENTED,
    "the object storage backend does not implement this: The specified method is not allowed against this resource.",
  );
  const sent = await env.s3.requestsFor(`${orgToken(client.org)}-${bucket}`);
  assert.ok(
    sent.some(
      (r) => r.method === "DELETE" && r.path.endsWith("/aborted.bin") && r.query === `uploadId=${init.upload_id}`,
    ),
  );
  // Never completed, so there is no object.
  await rejectsWith(client.call("StatObject", target), status.NOT_FOUND, "object or bucket not found");
});

test("a presigned PUT URL takes a plain HTTP upload; a presigned GET URL serves it back", async () => {
  const put = await client.call("GetPresignedPutURL", {
    bucket_name: bucket,
    object_key: "presigned.txt",
    expiry_seconds: 600,
  });
  assert.equal(put.success, true);
  const url = new URL(put.url);
  assert.equal(url.pathname, `/${orgToken(client.org)}-${bucket}/presigned.txt`);
  assert.equal(url.searchParams.get("X-Amz-Expires"), "600");
  assert.ok(Math.abs(Number(put.expires_at.seconds) - (Date.now() / 1000 + 600)) < 30);
  const uploaded = await request(put.url, { method: "PUT", body: "uploaded over plain HTTP" });
  await uploaded.body.dump();
  assert.equal(uploaded.statusCode, 200);
  const viaSidecar = await getObject(client, { bucket_name: bucket, object_key: "presigned.txt" });
  assert.equal(viaSidecar.data.toString(), "uploaded over plain HTTP");

  const get = await client.call("GetPresignedURL", { bucket_name: bucket, object_key: "presigned.txt" });
  assert.equal(new URL(get.url).searchParams.get("X-Amz-Expires"), "900");
  const downloaded = await request(get.url);
  assert.deepEqual([downloaded.statusCode, await downloaded.body.text()], [200, "uploaded over plain HTTP"]);
  // Signed with the sidecar's credentials (s3rver does not check presigned signatures, MinIO does).
  assert.match(
    new URL(get.url).searchParams.get("X-Amz-Credential") ?? "",
    /^S3RVER\/\d{8}\/us-east-1\/s3\/aws4_request$/,
  );
  assert.match(new URL(get.url).searchParams.get("X-Amz-Signature") ?? "", /^[0-9a-f]{64}$/);
});

test("presigned URL requests are checked: expiry at most 7 days, known GET parameters, an existing bucket", async () => {
  const target = { bucket_name: bucket, object_key: "x" };
  await rejectsWith(
    client.call("GetPresignedURL", { ...target, expiry_seconds: 7 * 24 * 3600 + 1 }),
    status.INVALID_ARGUMENT,
    "expiry_seconds may be at most 604800 (7 days)",
  );
  await rejectsWith(
    client.call("GetPresignedPutURL", { ...target, expiry_seconds: -1 }),
    status.INVALID_ARGUMENT,
    "expiry_seconds must not be negative",
  );
  await rejectsWith(
    client.call("GetPresignedURL", { ...target, request_params: { "x-amz-acl": "public-read" } }),
    status.INVALID_ARGUMENT,
    'request_params "x-amz-acl" is not one of response-content-type, response-content-language, response-content-disposition, response-content-encoding, response-cache-control, response-expires, versionId',
  );
  await rejectsWith(
    client.call("GetPresignedPutURL", { bucket_name: "no-such-bucket", object_key: "x" }),
    status.NOT_FOUND,
    "bucket not found",
  );
  const week = await client.call("GetPresignedURL", {
    ...target,
    expiry_seconds: 7 * 24 * 3600,
    request_params: { "response-content-type": "text/csv" },
  });
  assert.equal(new URL(week.url).searchParams.get("response-content-type"), "text/csv");
});

test("HealthCheck makes a real round trip", async () => {
  const res = await client.call("HealthCheck", { detailed: true });
  assert.deepEqual([res.success, res.healthy, res.status, res.error], [true, true, "running", ""]);
  assert.equal(res.details.fields.endpoint.stringValue, env.s3.endpoint);
  assert.equal(res.details.fields.region.stringValue, "us-east-1");
  assert.ok(res.details.fields.latency_ms.numberValue >= 0);
  const brief = await client.call("HealthCheck", {});
  assert.equal(brief.details, null);
});

test("with the backend gone, HealthCheck says unhealthy and calls fail with UNAVAILABLE", async () => {
  const lone = await startMinioEnv();
  try {
    const c = await lone.client();
    await c.call("CreateBucket", { bucket_name: "gone" });
    await lone.s3.stop();
    const res = await c.call("HealthCheck", {});
    assert.deepEqual(
      [res.healthy, res.status, res.error],
      [false, "unreachable", "object storage did not answer the probe"],
    );
    await rejectsWith(c.call("ListBuckets", {}), status.UNAVAILABLE, "object storage unavailable");
    await rejectsWith(
      putObject(c, { bucket_name: "gone", object_key: "k" }, [Buffer.from("x")]),
      status.UNAVAILABLE,
      "object storage unavailable",
    );
  } finally {
    await lone.proc.stop();
  }
});
