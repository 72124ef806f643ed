/**
 * Streaming into and out of S3 without holding an object in memory.
 *
 * Upload: chunks are copied into a part of `partSize` (S3's minimum of 5 MiB unless the size calls
 * for more) and each part is sent before more chunks are read, so the client stream is paused
 * (gRPC flow control) while a part is on its way: memory stays at about one part. A part
 * is buffered rather than piped because a signed request over plain HTTP carries the payload's
 * SHA-256, known only once the part is complete. An object smaller than one part takes one PUT.
 * On any failure the multipart upload is aborted, and since S3 only creates the object on
 * Complete, a broken or cancelled stream never leaves a partial object.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import type { S3Client } from "../../backends/s3";
import { invalidArgument, SidecarError } from "../../errors";
import { noteStreamedBytes } from "../../memory";
import { sanitizeEtag } from "./context";
import { uriEscape } from "./xml";

const MiB = 1024 * 1024;
export const MIN_PART_BYTES = 5 * MiB;
const MAX_PARTS = 10_000;

/** The smallest whole-MiB part size (at least 5 MiB) that fits `expectedBytes` in 10,000 parts. */
export function partSizeFor(expectedBytes: number): number {
  return Math.max(MIN_PART_BYTES, Math.ceil(expectedBytes / MAX_PARTS / MiB) * MiB);
}

/**
 * The part being filled: one buffer per upload, reused for every part. Each received chunk is
 * copied in and dies at once, young, so the next scavenge frees it. Held until their part was sent,
 * chunks lived long enough to reach V8's old generation, which is collected rarely: a 256 MiB
 * upload then kept ~60 MiB of dead chunks between collections.
 */
export class PartBlock {
  private block = Buffer.alloc(0);
  size = 0;

  /** `expected`: the announced object size (0 when unknown), so a small object takes no whole part. */
  constructor(
    readonly capacity: number,
    private readonly expected: number,
  ) {}

  get full(): boolean {
    return this.size === this.capacity;
  }

  /** Copies what fits of `chunk` from `offset` on; returns how many bytes it took. */
  fill(chunk: Buffer, offset: number): number {
    const n = Math.min(chunk.length - offset, this.capacity - this.size);
    this.reserve(this.size + n);
    chunk.copy(this.block, this.size, offset, offset + n);
    this.size += n;
    return n;
  }

  /** The bytes filled so far; valid until the next `fill` after `clear`. */
  bytes(): Buffer {
    return this.block.subarray(0, this.size);
  }

  clear(): void {
    this.size = 0;
  }

  /** Room for the announced size at once, else growth by doubling, never past one part. */
  private reserve(bytes: number): void {
    if (bytes <= this.block.length) return;
    const grown = Buffer.allocUnsafe(Math.min(this.capacity, Math.max(bytes, this.expected, this.block.length * 2)));
    this.block.copy(grown, 0, 0, this.size);
    this.block = grown;
  }
}

/**
 * One PUT whose body is a list of chunks, streamed as it is: Content-Length and Content-MD5 (the
 * server checks the bytes) and, over plain HTTP where the signature covers the payload, its SHA-256.
 */
async function putChunks(
  client: S3Client,
  request: { bucketName: string; objectName: string; query?: string; headers?: Record<string, string> },
  body: Buffer[],
): Promise<IncomingMessage> {
  const md5 = createHash("md5");
  const sha256 = client.enableSHA256 ? createHash("sha256") : undefined;
  let length = 0;
  for (const chunk of body) {
    md5.update(chunk);
    sha256?.update(chunk);
    length += chunk.length;
  }
  const headers = { ...request.headers, "Content-Length": String(length), "Content-MD5": md5.digest("base64") };
  const res = await client.makeRequestStreamAsync(
    { ...request, method: "PUT", headers },
    Readable.from(body),
    sha256?.digest("hex") ?? "",
    [200],
    "",
  );
  res.resume();
  return res;
}

interface StreamMessage<M> {
  data?: "metadata" | "chunk";
  metadata?: M | null;
  chunk?: Buffer;
}

/**
 * A client stream of `metadata first, then chunks` split into both parts. Breaking the order (no
 * metadata first, metadata again later) is INVALID_ARGUMENT, raised while the chunks are read, so
 * the upload in progress is aborted.
 */
export async function splitStream<M>(
  messages: AsyncIterable<StreamMessage<M>>,
): Promise<{ metadata: M; chunks: AsyncIterable<Buffer> }> {
  const iterator = messages[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw invalidArgument("the stream is empty: send the metadata message first");
  if (first.value.data !== "metadata" || !first.value.metadata) {
    throw invalidArgument("the first message must be the metadata message, before any chunk");
  }
  const chunks = {
    async *[Symbol.asyncIterator]() {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (next.value.data === "metadata")
          throw invalidArgument("metadata sent twice: only the first message is metadata");
        if (next.value.chunk && next.value.chunk.length > 0) yield next.value.chunk;
      }
    },
  };
  return { metadata: first.value.metadata, chunks };
}

export interface UploadTarget {
  bucket: string;
  key: string;
  headers: Record<string, string>;
  /** Size the caller announced; 0 when unknown. A stream of another size is refused. */
  expectedBytes: number;
}

export interface UploadResult {
  etag: string;
  versionId: string;
  size: number;
}

/** One part of a multipart upload; returns its etag. */
export async function putPart(
  client: S3Client,
  target: { bucket: string; key: string; uploadId: string },
  partNumber: number,
  body: Buffer[],
): Promise<string> {
  const query = `partNumber=${partNumber}&uploadId=${uriEscape(target.uploadId)}`;
  const res = await putChunks(client, { bucketName: target.bucket, objectName: target.key, query }, body);
  return sanitizeEtag(res.headers.etag);
}

/** A whole object in one PUT (it fits in one part). */
async function putWhole(
  client: S3Client,
  target: UploadTarget,
  body: Buffer[],
): Promise<{ etag: string; versionId: string }> {
  const res = await putChunks(
    client,
    { bucketName: target.bucket, objectName: target.key, headers: target.headers },
    body,
  );
  return { etag: sanitizeEtag(res.headers.etag), versionId: String(res.headers["x-amz-version-id"] ?? "") };
}

class MultipartUpload {
  private readonly parts: { part: number; etag: string }[] = [];

  private constructor(
    private readonly client: S3Client,
    private readonly target: { bucket: string; key: string; uploadId: string },
  ) {}

  static async start(client: S3Client, t: UploadTarget): Promise<MultipartUpload> {
    const uploadId = await client.initiateNewMultipartUpload(t.bucket, t.key, t.headers);
    return new MultipartUpload(client, { bucket: t.bucket, key: t.key, uploadId });
  }

  async put(body: Buffer[]): Promise<void> {
    const part = this.parts.length + 1;
    this.parts.push({ part, etag: await putPart(this.client, this.target, part, body) });
  }

  complete() {
    return this.client.completeMultipartUpload(this.target.bucket, this.target.key, this.target.uploadId, this.parts);
  }

  /** Best effort: a backend that cannot abort (s3rver) still never shows the object, which needs Complete. */
  async abort(): Promise<void> {
    await this.client.abortMultipartUpload(this.target.bucket, this.target.key, this.target.uploadId).catch(() => {});
  }
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new SidecarError("cancelled", "the upload was cancelled");
}

function checkSize(size: number, expected: number, final: boolean): void {
  if (expected === 0) return;
  if (size > expected || (final && size !== expected)) {
    throw invalidArgument(
      `the stream carried ${final ? size : `more than ${expected}`} bytes; content_length said ${expected}`,
    );
  }
}

export async function uploadChunks(
  client: S3Client,
  target: UploadTarget,
  chunks: AsyncIterable<Buffer>,
  signal: AbortSignal,
): Promise<UploadResult> {
  const part = new PartBlock(partSizeFor(target.expectedBytes), target.expectedBytes);
  let upload: MultipartUpload | undefined;
  let size = 0;
  try {
    for await (const chunk of chunks) {
      noteStreamedBytes(chunk.length);
      size += chunk.length;
      checkSize(size, target.expectedBytes, false);
      for (let offset = 0; offset < chunk.length; ) {
        offset += part.fill(chunk, offset);
        if (!part.full) continue;
        upload ??= await MultipartUpload.start(client, target);
        await upload.put([part.bytes()]);
        part.clear();
      }
    }
    // A stream cut short already failed the loop (the operation wrapper checks); a cancel that
    // comes while the last parts are sent is caught before each commit.
    throwIfCancelled(signal);
    checkSize(size, target.expectedBytes, true);
    if (!upload) return { ...(await putWhole(client, target, [part.bytes()])), size };
    if (part.size > 0) await upload.put([part.bytes()]);
    throwIfCancelled(signal);
    const { etag, versionId } = await upload.complete();
    return { etag, versionId: versionId ?? "", size };
  } catch (err) {
    await upload?.abort();
    if (signal.aborted && !(err instanceof SidecarError))
      throw new SidecarError("cancelled", "the upload was cancelled");
    throw err;
  }
}
