/**
 * One retry for an idempotent S3 request that the backend answered with a 5xx: a backend can fail
 * a request it had carried out in part (s3rver answers a multi-object delete with 500 when two of
 * its deletions race to remove the same folder: the objects are gone, the caller sees a failure).
 * Sending such a request again cannot apply anything twice, so one more try turns a transient
 * failure into an answer.
 *
 * Retried: GET, HEAD, PUT and DELETE, and the multi-object delete (POST ?delete), whose body names
 * the keys to remove. Never other POSTs (starting or completing a multipart upload is not
 * idempotent), and never a request whose body is a stream: it was consumed by the first try.
 *
 * It wraps the minio client's one request path (every call goes through `makeRequestStreamAsync`,
 * which signs each try anew). The client's own retry stays disabled: it retries every method and
 * replaces the backend's error with a generic message.
 */
import type { S3Client } from "./s3";

type RequestPath = S3Client["makeRequestStreamAsync"];
type RequestOptions = Parameters<RequestPath>[0];

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE"]);
/** S3 error codes of a 5xx answer that the client parsed (those it does not parse carry the status). */
const SERVER_CODES = new Set(["InternalError", "ServiceUnavailable", "SlowDown"]);
/** A short pause lets a backend finish what the failed try left running before it is asked again. */
export const RETRY_PAUSE_MS = 100;

function idempotent(options: RequestOptions, body: unknown): boolean {
  if (!(typeof body === "string" || Buffer.isBuffer(body))) return false;
  const method = (options.method ?? "GET").toUpperCase();
  if (IDEMPOTENT.has(method)) return true;
  return method === "POST" && new URLSearchParams(options.query ?? "").has("delete");
}

/** A 5xx: the client reports those it does not parse as "Retryable HTTP status: 5xx". */
function serverError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (/Retryable HTTP status: 5\d\d/.test(err.message)) return true;
  return SERVER_CODES.has(String((err as { code?: unknown }).code ?? ""));
}

/** Makes `client` retry an idempotent request once after a 5xx; `onRetry` is told of each retry. */
export function retryIdempotentOnce(
  client: S3Client,
  onRetry: (method: string, query: string) => void = () => undefined,
  pauseMs = RETRY_PAUSE_MS,
): void {
  const send: RequestPath = client.makeRequestStreamAsync.bind(client);
  client.makeRequestStreamAsync = async (options, body, sha256sum, statusCodes, region) => {
    try {
      return await send(options, body, sha256sum, statusCodes, region);
    } catch (err) {
      if (!serverError(err) || !idempotent(options, body)) throw err;
      onRetry((options.method ?? "GET").toUpperCase(), options.query ?? "");
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      return send(options, body, sha256sum, statusCodes, region);
    }
  };
}
