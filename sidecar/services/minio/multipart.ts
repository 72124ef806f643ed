/**
 * The S3 multipart API for callers that manage parts themselves: Initiate, UploadPart (client
 * stream: metadata, then the part's chunks), Complete, Abort. Upload ids are the backend's; they
 * only work with the bucket and key they were issued for, which the sidecar confines.
 */
import { invalidArgument } from "../../errors";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import type { UploadPartMetadata__Output } from "../../generated/isa/minio/UploadPartMetadata";
import { noteStreamedBytes } from "../../memory";
import { clientStream, type OperationsOf, unary } from "../../operation";
import { type MinioOps, nonNegative, objectHeaders, objectResource } from "./context";
import { putPart, splitStream } from "./upload";

type Ops = OperationsOf<MinIOServiceHandlers>;

const MAX_PART_NUMBER = 10_000;

/** Upload ids go into query strings; anything but printable, space-free ASCII is not an S3 upload id. */
function uploadId(id: string): string {
  if (!/^[\x21-\x7e]{1,1024}$/.test(id)) throw invalidArgument("upload_id is empty or not an S3 upload id");
  return id;
}

function partNumber(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_PART_NUMBER) {
    throw invalidArgument(`part_number must be 1 to ${MAX_PART_NUMBER}`);
  }
  return n;
}

/** The part's bytes, held whole (a signed request carries their hash), up to the configured limit. */
async function readPart(chunks: AsyncIterable<Buffer>, announced: number, max: number): Promise<Buffer[]> {
  const part: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    noteStreamedBytes(chunk.length);
    part.push(chunk);
    size += chunk.length;
    if (size > max) throw invalidArgument(`a part may be at most ${max} bytes (--minio-max-part-bytes)`);
  }
  if (announced > 0 && size !== announced) {
    throw invalidArgument(`the part carried ${size} bytes; part_size said ${announced}`);
  }
  return part;
}

export function multipartOperations(m: MinioOps) {
  const InitiateMultipartUpload: Ops["InitiateMultipartUpload"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      const headers = objectHeaders(req.content_type, req.metadata);
      const id = await m.client.initiateNewMultipartUpload(
        m.bucket(ctx, req.bucket_name),
        m.key(req.object_key),
        headers,
      );
      return { success: true, upload_id: id, bucket_name: req.bucket_name, object_key: req.object_key };
    },
  });

  const UploadPart: Ops["UploadPart"] = clientStream({
    resource: (first) => (first.metadata ? objectResource(first.metadata) : undefined),
    run: async (messages, ctx) => {
      const { metadata, chunks } = await splitStream<UploadPartMetadata__Output>(messages);
      const target = {
        bucket: m.bucket(ctx, metadata.bucket_name),
        key: m.key(metadata.object_key),
        uploadId: uploadId(metadata.upload_id),
      };
      const number = partNumber(metadata.part_number);
      const body = await readPart(chunks, nonNegative(metadata.part_size, "part_size"), m.limits.maxPartBytes);
      const etag = await putPart(m.client, target, number, body);
      return { success: true, part_number: number, etag };
    },
  });

  const CompleteMultipartUpload: Ops["CompleteMultipartUpload"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      if (req.parts.length === 0) throw invalidArgument("parts is empty");
      const parts = req.parts.map((p) => ({ part: partNumber(p.part_number), etag: p.etag }));
      const { etag } = await m.client.completeMultipartUpload(
        m.bucket(ctx, req.bucket_name),
        m.key(req.object_key),
        uploadId(req.upload_id),
        parts,
      );
      // The backend's Location names the backend bucket; the caller's location is its own names.
      return { success: true, object_key: req.object_key, etag, location: `${req.bucket_name}/${req.object_key}` };
    },
  });

  const AbortMultipartUpload: Ops["AbortMultipartUpload"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      await m.client.abortMultipartUpload(
        m.bucket(ctx, req.bucket_name),
        m.key(req.object_key),
        uploadId(req.upload_id),
      );
      return { success: true, message: "upload aborted" };
    },
  });

  return { InitiateMultipartUpload, UploadPart, CompleteMultipartUpload, AbortMultipartUpload };
}
