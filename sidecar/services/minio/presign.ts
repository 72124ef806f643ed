/**
 * GetPresignedURL and GetPresignedPutURL: URLs signed with the sidecar's credentials for one object
 * of the caller's bucket, valid 15 minutes unless asked otherwise, 7 days at most (S3's limit).
 * The URL names the backend bucket; that is where the caller's HTTP client must go.
 */
import { invalidArgument, notFound } from "../../errors";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import { type MinioOps, objectResource, timestamp } from "./context";

type Ops = OperationsOf<MinIOServiceHandlers>;

const DEFAULT_EXPIRY_SECONDS = 15 * 60;
const MAX_EXPIRY_SECONDS = 7 * 24 * 3600;
/** Response header overrides S3 honours on a presigned GET, and the version to read. */
const GET_PARAMS = new Set([
  "response-content-type",
  "response-content-language",
  "response-content-disposition",
  "response-content-encoding",
  "response-cache-control",
  "response-expires",
  "versionId",
]);

function expirySeconds(given: number): number {
  if (given < 0) throw invalidArgument("expiry_seconds must not be negative");
  if (given > MAX_EXPIRY_SECONDS) throw invalidArgument(`expiry_seconds may be at most ${MAX_EXPIRY_SECONDS} (7 days)`);
  return given === 0 ? DEFAULT_EXPIRY_SECONDS : given;
}

function getParams(params: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(params)) {
    if (!GET_PARAMS.has(name))
      throw invalidArgument(`request_params "${name}" is not one of ${[...GET_PARAMS].join(", ")}`);
  }
  return params;
}

export function presignOperations(m: MinioOps) {
  /** Signing needs no round trip; checking the bucket first turns a URL that could only 404 into NOT_FOUND now. */
  async function presign(
    ctx: CallContext,
    method: "GET" | "PUT",
    req: { bucket_name: string; object_key: string; expiry_seconds: number },
    params: Record<string, string> = {},
  ) {
    const bucket = m.bucket(ctx, req.bucket_name);
    const key = m.key(req.object_key);
    const expiry = expirySeconds(req.expiry_seconds);
    if (!(await m.client.bucketExists(bucket))) throw notFound("bucket not found");
    const signedAt = new Date();
    const url = await m.client.presignedUrl(method, bucket, key, expiry, params, signedAt);
    return { success: true, url, expires_at: timestamp(new Date(signedAt.getTime() + expiry * 1000)) };
  }

  const GetPresignedURL: Ops["GetPresignedURL"] = unary({
    resource: objectResource,
    run: (req, ctx) => presign(ctx, "GET", req, getParams(req.request_params)),
  });

  const GetPresignedPutURL: Ops["GetPresignedPutURL"] = unary({
    resource: objectResource,
    run: (req, ctx) => presign(ctx, "PUT", req),
  });

  return { GetPresignedURL, GetPresignedPutURL };
}
