/** CopyObject (both buckets in the caller's organisation), StatObject, DeleteObject, DeleteObjects. */
import { createHash } from "node:crypto";
import { invalidArgument } from "../../errors";
import type { DeleteError } from "../../generated/isa/minio/DeleteError";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import {
  bucketResource,
  type MinioOps,
  objectHeaders,
  objectInfoFromHeaders,
  objectResource,
  objectSizeFromHeaders,
  sanitizeEtag,
  timestamp,
} from "./context";
import { escapeXml, readBody, xmlElements, xmlError, xmlText } from "./xml";

type Ops = OperationsOf<MinIOServiceHandlers>;

const MAX_DELETE_KEYS = 1000;

/**
 * One S3 multi-object delete (at most 1000 keys): the keys the server reports deleted, and the
 * per-key errors. S3 deletes are idempotent: a key that was not there counts as deleted.
 */
export async function deleteKeys(
  m: MinioOps,
  bucket: string,
  keys: string[],
): Promise<{ deleted: string[]; errors: DeleteError[] }> {
  const objects = keys.map((k) => `<Object><Key>${escapeXml(k)}</Key></Object>`).join("");
  const payload = Buffer.from(`<Delete><Quiet>false</Quiet>${objects}</Delete>`);
  const res = await m.client.makeRequestAsync(
    {
      method: "POST",
      bucketName: bucket,
      query: "delete",
      headers: { "Content-MD5": createHash("md5").update(payload).digest("base64") },
    },
    payload,
  );
  const xml = await readBody(res);
  return {
    deleted: xmlElements(xml, "Deleted").map((d) => xmlText(d, "Key") ?? ""),
    errors: xmlElements(xml, "Error").map((e) => ({
      key: xmlText(e, "Key") ?? "",
      error_code: xmlText(e, "Code") ?? "",
      error_message: xmlText(e, "Message") ?? "",
    })),
  };
}

/** `x-amz-copy-source` is the URL-encoded `/bucket/key`; slashes in the key stay as they are. */
const copySource = (bucket: string, key: string) => `/${bucket}/${key.split("/").map(encodeURIComponent).join("/")}`;

function metadataDirective(given: string, hasMetadata: boolean): "COPY" | "REPLACE" {
  const directive = given.toUpperCase() || (hasMetadata ? "REPLACE" : "COPY");
  if (directive !== "COPY" && directive !== "REPLACE") {
    throw invalidArgument(`metadata_directive must be COPY or REPLACE, not "${given}"`);
  }
  return directive;
}

export function copyStatDeleteOperations(m: MinioOps) {
  const CopyObject: Ops["CopyObject"] = unary({
    resource: (req) => `${req.source_bucket}/${req.source_key} -> ${req.dest_bucket}/${req.dest_key}`,
    run: async (req, ctx) => {
      const source = copySource(m.bucket(ctx, req.source_bucket, "source_bucket"), m.key(req.source_key, "source_key"));
      const directive = metadataDirective(req.metadata_directive, Object.keys(req.metadata).length > 0);
      const headers: Record<string, string> = { "x-amz-copy-source": source, "x-amz-metadata-directive": directive };
      if (directive === "REPLACE") Object.assign(headers, objectHeaders("", req.metadata));
      const res = await m.client.makeRequestAsync({
        method: "PUT",
        bucketName: m.bucket(ctx, req.dest_bucket, "dest_bucket"),
        objectName: m.key(req.dest_key, "dest_key"),
        headers,
      });
      // A copy can fail after its 200 status line, with an <Error> body (S3 documents this).
      const xml = await readBody(res);
      const failure = xmlError(xml);
      if (failure) throw failure;
      return {
        success: true,
        message: "copied",
        etag: sanitizeEtag(xmlText(xml, "ETag")),
        last_modified: timestamp(xmlText(xml, "LastModified")),
      };
    },
  });

  const StatObject: Ops["StatObject"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      const res = await m.client.makeRequestAsync({
        method: "HEAD",
        bucketName: m.bucket(ctx, req.bucket_name),
        objectName: m.key(req.object_key),
        query: req.version_id ? `versionId=${encodeURIComponent(req.version_id)}` : "",
      });
      res.resume();
      return {
        success: true,
        object_info: objectInfoFromHeaders(req.object_key, res.headers, objectSizeFromHeaders(res.headers)),
      };
    },
  });

  const DeleteObject: Ops["DeleteObject"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      // S3 deletes are idempotent: deleting a key that is not there succeeds.
      await m.client.removeObject(m.bucket(ctx, req.bucket_name), m.key(req.object_key), {
        versionId: req.version_id || undefined,
      });
      return { success: true, message: "deleted" };
    },
  });

  const DeleteObjects: Ops["DeleteObjects"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      if (req.object_keys.length === 0) throw invalidArgument("object_keys is empty");
      if (req.object_keys.length > MAX_DELETE_KEYS)
        throw invalidArgument(`at most ${MAX_DELETE_KEYS} object_keys per call`);
      const keys = req.object_keys.map((k) => m.key(k, "object_keys entry"));
      const result = await deleteKeys(m, m.bucket(ctx, req.bucket_name), keys);
      return {
        success: result.errors.length === 0,
        deleted_keys: req.quiet ? [] : result.deleted,
        errors: result.errors,
      };
    },
  });

  return { CopyObject, StatObject, DeleteObject, DeleteObjects };
}
