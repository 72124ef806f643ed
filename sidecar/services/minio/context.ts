/**
 * What every object storage operation shares: the client, the limits, the confined bucket names,
 * checked keys, tags and metadata, and the mapping of S3 answers to API messages. A handler never
 * builds a backend bucket name itself; it asks `bucket(ctx, name)`.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { S3Backend, S3Client } from "../../backends/s3";
import { invalidArgument } from "../../errors";
import type { ObjectInfo } from "../../generated/isa/minio/ObjectInfo";
import type { CallContext } from "../../operation";
import { refuseReplacementChar, s3Bucket, stripS3Bucket } from "../../tenancy";

export interface MinioLimits {
  /** Operator switch: bucket policies may grant anonymous (public) access. */
  allowPublicPolicies: boolean;
  /** Largest part UploadPart accepts; a part is held in memory to be hashed and signed. */
  maxPartBytes: number;
}

const MAX_KEY_BYTES = 1024;
/** The S3 client refuses more than 10 tags, for buckets as for objects. */
export const MAX_TAGS = 10;
const MAX_METADATA_BYTES = 2048;
const HEADER_TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
const HEADER_VALUE = /^[\x20-\x7e]*$/;
export const META_PREFIX = "x-amz-meta-";

export class MinioOps {
  constructor(
    readonly backend: S3Backend,
    readonly limits: MinioLimits,
  ) {}

  get client(): S3Client {
    return this.backend.client;
  }

  /** The backend bucket for the caller's bucket name, confined to the caller's organisation. */
  bucket(ctx: CallContext, name: string, what = "bucket_name"): string {
    if (name === "") throw invalidArgument(`${what} is empty`);
    return s3Bucket(ctx.identity.org, name);
  }

  /** The caller's name of a backend bucket, or undefined when it is not the caller's. */
  callerBucket(ctx: CallContext, backendBucket: string): string | undefined {
    return stripS3Bucket(ctx.identity.org, backendBucket);
  }

  /** Object keys are not prefixed (the bucket confines them); they must be 1..1024 UTF-8 bytes. */
  key(name: string, what = "object_key"): string {
    if (name === "") throw invalidArgument(`${what} is empty`);
    if (Buffer.byteLength(name) > MAX_KEY_BYTES) throw invalidArgument(`${what} is longer than ${MAX_KEY_BYTES} bytes`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    if (/[\u0000-\u001f\u007f]/.test(name)) throw invalidArgument(`${what} must not contain control characters`);
    refuseReplacementChar(name, what);
    return name;
  }
}

/** Request headers for a new object: content type, user metadata (`x-amz-meta-*`), storage class. */
export function objectHeaders(
  contentType: string,
  metadata: Record<string, string>,
  storageClass = "",
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (contentType !== "") headers["Content-Type"] = headerValue("content_type", contentType);
  let total = 0;
  for (const [name, value] of Object.entries(metadata)) {
    if (!HEADER_TOKEN.test(name)) throw invalidArgument(`metadata key "${name}" must be an HTTP header token`);
    headers[META_PREFIX + name.toLowerCase()] = headerValue(`metadata "${name}"`, value);
    total += name.length + value.length;
  }
  if (total > MAX_METADATA_BYTES) throw invalidArgument(`metadata is larger than ${MAX_METADATA_BYTES} bytes together`);
  if (storageClass !== "") {
    if (!/^[A-Z_]{1,64}$/.test(storageClass))
      throw invalidArgument(`storage_class "${storageClass}" is not a class name`);
    headers["x-amz-storage-class"] = storageClass;
  }
  return headers;
}

function headerValue(what: string, value: string): string {
  if (!HEADER_VALUE.test(value))
    throw invalidArgument(`${what} must be printable ASCII (it travels as an HTTP header)`);
  return value;
}

/** Tags as S3 accepts them: at most `max`, keys 1..128 and values 0..256 characters, no `aws:` keys. */
export function checkTags(tags: Record<string, string>, max: number): Record<string, string> {
  const entries = Object.entries(tags);
  if (entries.length > max) throw invalidArgument(`at most ${max} tags`);
  for (const [key, value] of entries) {
    if (key.length === 0 || [...key].length > 128)
      throw invalidArgument(`tag key "${key}" must be 1 to 128 characters`);
    if ([...value].length > 256) throw invalidArgument(`tag "${key}": value is longer than 256 characters`);
    if (key.toLowerCase().startsWith("aws:")) throw invalidArgument(`tag key "${key}": the aws: prefix is reserved`);
  }
  return tags;
}

/** A protobuf Timestamp for a Date (zero when the date is missing or invalid). */
export function timestamp(date: Date | string | undefined): { seconds: string; nanos: number } {
  const ms = date === undefined ? Number.NaN : new Date(date).getTime();
  if (!Number.isFinite(ms)) return { seconds: "0", nanos: 0 };
  return { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
}

export const sanitizeEtag = (etag: unknown): string => (typeof etag === "string" ? etag.replace(/^"|"$/g, "") : "");

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
};

/** Object info from the headers of a GET or HEAD answer; `size` is the whole object's size. */
export function objectInfoFromHeaders(key: string, headers: IncomingHttpHeaders, size: number): ObjectInfo {
  const metadata: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    if (name.startsWith(META_PREFIX)) metadata[name.slice(META_PREFIX.length)] = header(headers, name);
  }
  return {
    key,
    size: String(size),
    etag: sanitizeEtag(header(headers, "etag")),
    content_type: header(headers, "content-type"),
    last_modified: timestamp(header(headers, "last-modified") || undefined),
    metadata,
    storage_class: header(headers, "x-amz-storage-class") || "STANDARD",
    version_id: header(headers, "x-amz-version-id"),
  };
}

/** Whole-object size from `Content-Range: bytes a-b/size` of a ranged answer, else Content-Length. */
export function objectSizeFromHeaders(headers: IncomingHttpHeaders): number {
  const range = /\/(\d+)$/.exec(header(headers, "content-range"));
  return Number(range ? range[1] : header(headers, "content-length") || 0);
}

/** A non-negative int64 field (a string on the wire) as a safe JS number. */
export function nonNegative(value: string | number | undefined, what: string): number {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n) || n < 0) throw invalidArgument(`${what} must be a non-negative integer`);
  return n;
}

/** The S3 error code of a client error ("NoSuchKey", "NotImplemented"...), or "". */
export const s3ErrorCode = (err: unknown) => String((err as { code?: unknown } | undefined)?.code ?? "");

/** Resource names for audit events: the caller's bucket, and key where there is one. */
export const bucketResource = <R extends { bucket_name: string }>(req: R) => req.bucket_name;
export const objectResource = <R extends { bucket_name: string; object_key: string }>(req: R) =>
  `${req.bucket_name}/${req.object_key}`;
