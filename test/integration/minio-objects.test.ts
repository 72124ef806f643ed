/** Objects: PutObject/GetObject streams, ranges, StatObject, CopyObject, deletes, ListObjects, object tags. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { status } from "@grpc/grpc-js";
import {
  bucketName,
  chunked,
  clientStream,
  getObject,
  type MinioClient,
  putObject,
  withBucket,
} from "../helpers/minio";

let client: MinioClient;
let bucket: string;

withBucket("objects", (f) => {
  ({ client, bucket } = f);
});

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");
const rejectsWith = (promise: Promise<unknown>, code: status, details: string) =>
  assert.rejects(promise, (err: { code: number; details: string }) => {
    assert.deepEqual([err.code, err.details], [code, details]);
    return true;
  });
const put = (key: string, data: Buffer, extra: Record<string, unknown> = {}) =>
  putObject(client, { bucket_name: bucket, object_key: key, ...extra }, chunked(data, 64 * 1024));
const keysOf = (objects: { key: string }[]) => objects.map((o) => o.key);

test("PutObject then GetObject: the object info comes first, then the bytes", async () => {
  const data = Buffer.from("hello, object storage");
  const res = await put("greeting.txt", data, { content_type: "text/plain", metadata: { Author: "ada", Lang: "en" } });
  assert.deepEqual(res, {
    success: true,
    object_key: "greeting.txt",
    etag: md5(data),
    version_id: "",
    size: String(data.length),
    error: "",
  });
  const got = await getObject(client, { bucket_name: bucket, object_key: "greeting.txt" });
  assert.equal(got.info.key, "greeting.txt");
  assert.equal(got.info.size, String(data.length));
  assert.equal(got.info.etag, md5(data));
  assert.equal(got.info.content_type, "text/plain");
  assert.deepEqual(got.info.metadata, { author: "ada", lang: "en" });
  assert.equal(got.info.storage_class, "STANDARD");
  assert.ok(got.data.equals(data));
});

test("a 12 MiB object crosses the multipart threshold and comes back identical", async () => {
  const data = Buffer.alloc(12 * 1024 * 1024);
  for (let i = 0; i < data.length; i += 4) data.writeUInt32LE(i, i);
  const res = await putObject(
    client,
    { bucket_name: bucket, object_key: "big/12mib", content_length: String(data.length) },
    chunked(data),
  );
  assert.equal(res.size, String(data.length));
  const got = await getObject(client, { bucket_name: bucket, object_key: "big/12mib" });
  assert.equal(got.info.size, String(data.length));
  assert.ok(got.data.equals(data));
  // Sent in messages of at most 256 KiB, under the 8 MiB gRPC message limit.
  assert.ok(got.messages >= 1 + data.length / (256 * 1024));
});

test("GetObject reads ranges by offset and length; the info still gives the whole size", async () => {
  const data = Buffer.from("0123456789abcdefghij");
  await put("range.txt", data);
  const middle = await getObject(client, { bucket_name: bucket, object_key: "range.txt", offset: "5", length: "10" });
  assert.equal(middle.data.toString(), "56789abcde");
  assert.equal(middle.info.size, "20");
  const tail = await getObject(client, { bucket_name: bucket, object_key: "range.txt", offset: "15" });
  assert.equal(tail.data.toString(), "fghij");
  const head = await getObject(client, { bucket_name: bucket, object_key: "range.txt", length: "3" });
  assert.equal(head.data.toString(), "012");
  await rejectsWith(
    getObject(client, { bucket_name: bucket, object_key: "range.txt", offset: "50" }),
    status.INVALID_ARGUMENT,
    "the requested range is outside the object",
  );
});

test("a PutObject stream out of order is INVALID_ARGUMENT and leaves no object", async () => {
  await rejectsWith(
    clientStream(client, "PutObject", [{ chunk: Buffer.from("data first") }]),
    status.INVALID_ARGUMENT,
    "the first message must be the metadata message, before any chunk",
  );
  await rejectsWith(
    clientStream(client, "PutObject", []),
    status.INVALID_ARGUMENT,
    "the stream is empty: send the metadata message first",
  );
  const metadata = { bucket_name: bucket, object_key: "twice.txt" };
  await rejectsWith(
    clientStream(client, "PutObject", [{ metadata }, { chunk: Buffer.from("a") }, { metadata }]),
    status.INVALID_ARGUMENT,
    "metadata sent twice: only the first message is metadata",
  );
  await rejectsWith(client.call("StatObject", metadata), status.NOT_FOUND, "object or bucket not found");
});

test("PutObject refuses bad keys and metadata before sending anything", async () => {
  await rejectsWith(put("", Buffer.from("x")), status.INVALID_ARGUMENT, "object_key is empty");
  await rejectsWith(
    put("x".repeat(1025), Buffer.from("x")),
    status.INVALID_ARGUMENT,
    "object_key is longer than 1024 bytes",
  );
  await rejectsWith(
    put("a\nb", Buffer.from("x")),
    status.INVALID_ARGUMENT,
    "object_key must not contain control characters",
  );
  await rejectsWith(
    put("m.txt", Buffer.from("x"), { metadata: { "bad key": "v" } }),
    status.INVALID_ARGUMENT,
    'metadata key "bad key" must be an HTTP header token',
  );
});

test("GetObject and StatObject of what is not there are NOT_FOUND", async () => {
  await rejectsWith(
    getObject(client, { bucket_name: bucket, object_key: "nope" }),
    status.NOT_FOUND,
    "object not found",
  );
  await rejectsWith(
    getObject(client, { bucket_name: "no-such-bucket", object_key: "x" }),
    status.NOT_FOUND,
    "bucket not found",
  );
  await rejectsWith(
    client.call("StatObject", { bucket_name: bucket, object_key: "nope" }),
    status.NOT_FOUND,
    "object or bucket not found",
  );
});

test("StatObject describes the object without its bytes", async () => {
  const data = Buffer.from("stat me");
  await put("stat.txt", data, { content_type: "text/x-stat", metadata: { k: "v" } });
  const res = await client.call("StatObject", { bucket_name: bucket, object_key: "stat.txt" });
  assert.equal(res.success, true);
  assert.deepEqual(
    [
      res.object_info.key,
      res.object_info.size,
      res.object_info.etag,
      res.object_info.content_type,
      res.object_info.metadata,
    ],
    ["stat.txt", "7", md5(data), "text/x-stat", { k: "v" }],
  );
  assert.ok(Number(res.object_info.last_modified.seconds) > 1_600_000_000);
});

test("CopyObject copies within and across the caller's buckets, keeping or replacing metadata", async () => {
  const other = bucketName("copies");
  await client.call("CreateBucket", { bucket_name: other });
  const data = Buffer.from("copy me");
  await put("src.txt", data, { content_type: "text/plain", metadata: { origin: "src" } });

  const kept = await client.call("CopyObject", {
    source_bucket: bucket,
    source_key: "src.txt",
    dest_bucket: other,
    dest_key: "kept.txt",
  });
  assert.deepEqual([kept.success, kept.etag], [true, md5(data)]);
  assert.ok(Number(kept.last_modified.seconds) > 1_600_000_000);
  const keptStat = await client.call("StatObject", { bucket_name: other, object_key: "kept.txt" });
  assert.deepEqual(keptStat.object_info.metadata, { origin: "src" });

  await client.call("CopyObject", {
    source_bucket: bucket,
    source_key: "src.txt",
    dest_bucket: bucket,
    dest_key: "replaced.txt",
    metadata: { origin: "copy" },
    metadata_directive: "REPLACE",
  });
  const replaced = await getObject(client, { bucket_name: bucket, object_key: "replaced.txt" });
  assert.deepEqual(replaced.info.metadata, { origin: "copy" });
  assert.ok(replaced.data.equals(data));

  await rejectsWith(
    client.call("CopyObject", { source_bucket: bucket, source_key: "missing", dest_bucket: bucket, dest_key: "x" }),
    status.NOT_FOUND,
    "object not found",
  );
  await rejectsWith(
    client.call("CopyObject", {
      source_bucket: bucket,
      source_key: "src.txt",
      dest_bucket: bucket,
      dest_key: "y",
      metadata_directive: "MOVE",
    }),
    status.INVALID_ARGUMENT,
    'metadata_directive must be COPY or REPLACE, not "MOVE"',
  );
});

test("DeleteObject removes an object; deleting what is not there succeeds (S3 deletes are idempotent)", async () => {
  await put("delete-me", Buffer.from("x"));
  assert.deepEqual(await client.call("DeleteObject", { bucket_name: bucket, object_key: "delete-me" }), {
    success: true,
    message: "deleted",
    error: "",
  });
  await rejectsWith(
    client.call("StatObject", { bucket_name: bucket, object_key: "delete-me" }),
    status.NOT_FOUND,
    "object or bucket not found",
  );
  assert.equal((await client.call("DeleteObject", { bucket_name: bucket, object_key: "delete-me" })).success, true);
});

test("DeleteObjects answers per key", async () => {
  const b = bucketName("multi");
  await client.call("CreateBucket", { bucket_name: b });
  for (const key of ["m1", "m2", "m3"])
    await putObject(client, { bucket_name: b, object_key: key }, [Buffer.from(key)]);
  const res = await client.call("DeleteObjects", { bucket_name: b, object_keys: ["m1", "m3", "never-there"] });
  assert.deepEqual([res.success, [...res.deleted_keys].sort(), res.errors], [true, ["m1", "m3", "never-there"], []]);
  const rest = await client.call("ListObjects", { bucket_name: b, recursive: true });
  assert.deepEqual(keysOf(rest.objects), ["m2"]);
  const quiet = await client.call("DeleteObjects", { bucket_name: b, object_keys: ["m2"], quiet: true });
  assert.deepEqual([quiet.success, quiet.deleted_keys], [true, []]);
  await rejectsWith(
    client.call("DeleteObjects", { bucket_name: b, object_keys: [] }),
    status.INVALID_ARGUMENT,
    "object_keys is empty",
  );
  await rejectsWith(
    client.call("DeleteObjects", { bucket_name: b, object_keys: Array.from({ length: 1001 }, (_, i) => `k${i}`) }),
    status.INVALID_ARGUMENT,
    "at most 1000 object_keys per call",
  );
});

test("ListObjects: prefix, delimiter, recursive, max_keys with continuation tokens, start_after", async () => {
  const b = bucketName("list");
  await client.call("CreateBucket", { bucket_name: b });
  for (const key of ["a/1", "a/2", "a/b/3", "c", "d", "0042"]) {
    await putObject(client, { bucket_name: b, object_key: key }, [Buffer.from(`data of ${key}`)]);
  }
  const root = await client.call("ListObjects", { bucket_name: b });
  assert.deepEqual(
    [keysOf(root.objects), root.common_prefixes, root.is_truncated],
    [["0042", "c", "d"], ["a/"], false],
  );
  assert.equal(root.objects[0].size, String("data of 0042".length));

  const underA = await client.call("ListObjects", { bucket_name: b, prefix: "a/" });
  assert.deepEqual([keysOf(underA.objects), underA.common_prefixes], [["a/1", "a/2"], ["a/b/"]]);

  const all = await client.call("ListObjects", { bucket_name: b, recursive: true });
  assert.deepEqual(keysOf(all.objects), ["0042", "a/1", "a/2", "a/b/3", "c", "d"]);

  const first = await client.call("ListObjects", { bucket_name: b, recursive: true, max_keys: 4 });
  assert.deepEqual([keysOf(first.objects), first.is_truncated], [["0042", "a/1", "a/2", "a/b/3"], true]);
  assert.notEqual(first.next_continuation_token, "");
  const second = await client.call("ListObjects", {
    bucket_name: b,
    recursive: true,
    max_keys: 4,
    continuation_token: first.next_continuation_token,
  });
  assert.deepEqual([keysOf(second.objects), second.is_truncated], [["c", "d"], false]);

  const after = await client.call("ListObjects", { bucket_name: b, recursive: true, start_after: "a/2" });
  assert.deepEqual(keysOf(after.objects), ["a/b/3", "c", "d"]);
  await rejectsWith(
    client.call("ListObjects", { bucket_name: b, max_keys: -1 }),
    status.INVALID_ARGUMENT,
    "max_keys must not be negative",
  );
});

test("object tags: set replaces the set, get returns exactly what was set, delete empties it", async () => {
  await put("tagged.txt", Buffer.from("x"));
  const target = { bucket_name: bucket, object_key: "tagged.txt" };
  assert.equal(
    (await client.call("SetObjectTags", { ...target, tags: { team: "storage", code: "x-007" } })).success,
    true,
  );
  assert.deepEqual((await client.call("GetObjectTags", target)).tags, { team: "storage", code: "x-007" });
  await client.call("SetObjectTags", { ...target, tags: { only: "this" } });
  assert.deepEqual((await client.call("GetObjectTags", target)).tags, { only: "this" });
  assert.equal((await client.call("DeleteObjectTags", target)).success, true);
  assert.deepEqual((await client.call("GetObjectTags", target)).tags, {});
  const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, "v"]));
  await rejectsWith(
    client.call("SetObjectTags", { ...target, tags: eleven }),
    status.INVALID_ARGUMENT,
    "at most 10 tags",
  );
  await rejectsWith(
    client.call("SetObjectTags", { ...target, tags: { "aws:x": "v" } }),
    status.INVALID_ARGUMENT,
    'tag key "aws:x": the aws: prefix is reserved',
  );
  await rejectsWith(
    client.call("SetObjectTags", { bucket_name: bucket, object_key: "missing", tags: { a: "b" } }),
    status.NOT_FOUND,
    "object not found",
  );
});
