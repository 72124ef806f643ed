/** ListObjects: one page of a bucket's listing (S3 ListObjectsV2), continued with its token. */
import { invalidArgument } from "../../errors";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import type { ObjectInfo } from "../../generated/isa/minio/ObjectInfo";
import { type OperationsOf, unary } from "../../operation";
import { bucketResource, type MinioOps, sanitizeEtag, timestamp } from "./context";
import { readBody, uriEscape, xmlElements, xmlText } from "./xml";

type Ops = OperationsOf<MinIOServiceHandlers>;

const MAX_KEYS = 1000;

export interface ListedPage {
  objects: ObjectInfo[];
  prefixes: string[];
  next: string;
  truncated: boolean;
}

/** Keys come back URL-encoded only when the server says so (s3rver ignores `encoding-type`). */
function keyDecoder(xml: string): (text: string) => string {
  return xmlText(xml, "EncodingType") === "url" ? (t) => decodeURIComponent(t.replace(/\+/g, " ")) : (t) => t;
}

/** One ListObjectsV2 page of a backend bucket; keys are the caller's own (buckets confine, keys are not prefixed). */
export async function listPage(
  m: MinioOps,
  bucket: string,
  page: { prefix?: string; delimiter?: string; token?: string; maxKeys?: number; startAfter?: string },
): Promise<ListedPage> {
  const query = [
    "list-type=2",
    "encoding-type=url",
    `prefix=${uriEscape(page.prefix ?? "")}`,
    `delimiter=${uriEscape(page.delimiter ?? "")}`,
    `max-keys=${page.maxKeys ?? MAX_KEYS}`,
    ...(page.token ? [`continuation-token=${uriEscape(page.token)}`] : []),
    ...(page.startAfter ? [`start-after=${uriEscape(page.startAfter)}`] : []),
  ];
  const res = await m.client.makeRequestAsync({ method: "GET", bucketName: bucket, query: query.sort().join("&") });
  const xml = await readBody(res);
  const decodeKey = keyDecoder(xml);
  const objects = xmlElements(xml, "Contents").map(
    (c): ObjectInfo => ({
      key: decodeKey(xmlText(c, "Key") ?? ""),
      size: xmlText(c, "Size") ?? "0",
      etag: sanitizeEtag(xmlText(c, "ETag")),
      last_modified: timestamp(xmlText(c, "LastModified")),
      storage_class: xmlText(c, "StorageClass") || "STANDARD",
    }),
  );
  const prefixes = xmlElements(xml, "CommonPrefixes").map((p) => decodeKey(xmlText(p, "Prefix") ?? ""));
  return {
    objects,
    prefixes,
    next: xmlText(xml, "NextContinuationToken") ?? "",
    truncated: xmlText(xml, "IsTruncated") === "true",
  };
}

export function listingOperations(m: MinioOps) {
  const ListObjects: Ops["ListObjects"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      if (req.max_keys < 0) throw invalidArgument("max_keys must not be negative");
      // Recursive lists every key under the prefix; otherwise keys group at the delimiter ("/" unless given).
      const delimiter = req.recursive ? "" : req.delimiter || "/";
      const page = await listPage(m, m.bucket(ctx, req.bucket_name), {
        prefix: req.prefix,
        delimiter,
        token: req.continuation_token,
        maxKeys: Math.min(req.max_keys || MAX_KEYS, MAX_KEYS),
        startAfter: req.start_after,
      });
      return {
        success: true,
        objects: page.objects,
        common_prefixes: page.prefixes,
        next_continuation_token: page.next,
        is_truncated: page.truncated,
      };
    },
  });
  return { ListObjects };
}
