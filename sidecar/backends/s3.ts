/**
 * The S3 connection (MinIO in production, any S3-compatible server in tests): built only by the
 * plugin's `create`, handed to the service as a narrow object. The `minio` package is required
 * here, at connection time, not imported at load time: it costs about 20 MiB of RSS and 100 ms,
 * which sidecars without object storage should not pay.
 *
 * S3 is plain HTTP with no session to watch, so reachability is a periodic probe (one HEAD on a
 * bucket name no organisation can own), reported through `onStateChange`.
 */
import type * as Minio from "minio";
import type { Logger } from "../../shared/logger";
import { SidecarError } from "../errors";
import { retryIdempotentOnce } from "./s3-retry";

export type S3Client = Minio.Client;

export interface S3Config {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  region: string;
}

export interface S3Backend {
  readonly client: S3Client;
  readonly region: string;
  /** `scheme://host:port` of the backend, for health details. Holds no credentials. */
  readonly endpoint: string;
  /** One round trip that proves the server answers and accepts the credentials. */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/** Every organisation's bucket holds a `-` (after its org token), so this name is never one of them. */
export const PROBE_BUCKET = "isasidecarprobe";
const PROBE_INTERVAL_MS = 5000;

export function connectS3(config: S3Config, log: Logger, onStateChange: (up: boolean) => void): S3Backend {
  const { Client } = require("minio") as typeof Minio;
  const client = new Client({
    endPoint: config.endPoint,
    port: config.port,
    useSSL: config.useSSL,
    accessKey: config.accessKey,
    secretKey: config.secretKey,
    region: config.region,
    pathStyle: true,
    // The client's own retry would resend every method, streams included; s3-retry.ts retries
    // only what is safe to send twice.
    retryOptions: { disableRetry: true },
  });
  retryIdempotentOnce(client, (method, query) =>
    log.debug({ method, query }, "object storage answered 5xx; retrying once"),
  );
  const endpoint = `${config.useSSL ? "https" : "http"}://${config.endPoint}:${config.port}`;
  const probe = async () => {
    await client.bucketExists(PROBE_BUCKET);
  };
  let up: boolean | undefined;
  const check = async () => {
    const next = await probe().then(
      () => true,
      (err: Error) => {
        log.debug({ err: err.message }, "object storage probe failed");
        return false;
      },
    );
    if (next === up) return;
    up = next;
    log.info({ endpoint, up }, next ? "object storage reachable" : "object storage unreachable");
    onStateChange(next);
  };
  void check();
  const timer = setInterval(() => void check(), PROBE_INTERVAL_MS);
  timer.unref();
  return {
    client,
    region: config.region,
    endpoint,
    probe,
    async close() {
      clearInterval(timer);
    },
  };
}

const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|ECONNABORTED)$/;

const BY_S3_CODE: Record<string, [SidecarError["kind"], string]> = {
  NoSuchBucket: ["not_found", "bucket not found"],
  NoSuchKey: ["not_found", "object not found"],
  // A HEAD answer has no body, so no code tells a missing object from a missing bucket.
  NotFound: ["not_found", "object or bucket not found"],
  NoSuchVersion: ["not_found", "object version not found"],
  NoSuchUpload: ["not_found", "multipart upload not found"],
  BucketAlreadyOwnedByYou: ["already_exists", "bucket already exists"],
  BucketAlreadyExists: ["already_exists", "bucket already exists"],
  BucketNotEmpty: ["failed_precondition", "bucket is not empty; delete its objects first, or pass force"],
  InvalidRange: ["invalid_argument", "the requested range is outside the object"],
  InvalidPart: ["invalid_argument", "a part is missing or its etag does not match"],
  InvalidPartOrder: ["invalid_argument", "parts must be listed in ascending part number order"],
  EntityTooSmall: ["invalid_argument", "every part but the last must be at least 5 MiB"],
  EntityTooLarge: ["resource_exhausted", "object or part is too large for the object storage"],
  InvalidBucketName: ["invalid_argument", "the object storage refused the bucket name"],
  KeyTooLongError: ["invalid_argument", "object key is too long"],
  MalformedXML: ["invalid_argument", "the object storage refused the request as malformed"],
  InvalidTag: ["invalid_argument", "the object storage refused the tags"],
  MalformedPolicy: ["invalid_argument", "the object storage refused the policy"],
  AccessDenied: ["permission_denied", "the object storage denied access"],
  InvalidAccessKeyId: ["unavailable", "the object storage does not accept the sidecar's credentials"],
  SignatureDoesNotMatch: ["unavailable", "the object storage does not accept the sidecar's credentials"],
  SlowDown: ["unavailable", "the object storage asks to slow down"],
  ServiceUnavailable: ["unavailable", "object storage unavailable"],
  InternalError: ["unavailable", "object storage internal error"],
};

/**
 * S3 errors by meaning. A feature the backend lacks (`NotImplemented`, or `MethodNotAllowed` for a
 * standard call) is UNIMPLEMENTED with the backend's own reason, so callers see an honest refusal.
 * Other backend messages are replaced: they can name backend buckets.
 */
export function translateS3Error(err: unknown): SidecarError | undefined {
  if (!(err instanceof Error)) return undefined;
  const code = String((err as { code?: unknown }).code ?? "");
  if (code === "NotImplemented" || code === "MethodNotAllowed") {
    return new SidecarError("unimplemented", `the object storage backend does not implement this: ${err.message}`);
  }
  const known = BY_S3_CODE[code];
  if (known) return new SidecarError(known[0], known[1]);
  if (NETWORK_CODES.test(code)) return new SidecarError("unavailable", "object storage unavailable");
  // The client reports 5xx answers as "Retryable HTTP status: 5xx", without the S3 error code.
  const http = /Retryable HTTP status: (\d+)/.exec(err.message);
  if (http) return new SidecarError("unavailable", `object storage answered HTTP ${http[1]}`);
  return undefined;
}
