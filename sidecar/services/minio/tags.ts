/** Bucket tags and object tags: set (replaces the whole set), get, delete. */
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import { bucketResource, checkTags, MAX_TAGS, type MinioOps, objectResource, s3ErrorCode } from "./context";
import { readBody, uriEscape, xmlElements, xmlText } from "./xml";

type Ops = OperationsOf<MinIOServiceHandlers>;

async function readTags(
  m: MinioOps,
  bucket: string,
  objectName?: string,
  versionId = "",
): Promise<Record<string, string>> {
  const query = versionId ? `tagging&versionId=${uriEscape(versionId)}` : "tagging";
  const res = await m.client.makeRequestAsync({ method: "GET", bucketName: bucket, objectName, query });
  const xml = await readBody(res);
  return Object.fromEntries(xmlElements(xml, "Tag").map((t) => [xmlText(t, "Key") ?? "", xmlText(t, "Value") ?? ""]));
}

/**
 * A bucket's tags; S3 answers NoSuchTagSet for a bucket without tags. With `missingFeature: "empty"`
 * a backend without bucket tagging reads as no tags (for GetBucketInfo, whose other fields stand
 * on their own); GetBucketTags passes the refusal through.
 */
export async function bucketTags(
  m: MinioOps,
  bucket: string,
  opts: { missingFeature: "empty" | "refuse" },
): Promise<Record<string, string>> {
  try {
    return await readTags(m, bucket);
  } catch (err) {
    const code = s3ErrorCode(err);
    if (code === "NoSuchTagSet" || (opts.missingFeature === "empty" && code === "NotImplemented")) return {};
    throw err;
  }
}

/** The client puts versionId into the query unescaped, and leaves it out when empty. */
const versionOpts = (versionId: string) => ({ versionId: versionId ? uriEscape(versionId) : "" });

export function tagOperations(m: MinioOps) {
  const SetBucketTags: Ops["SetBucketTags"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      await m.client.setBucketTagging(m.bucket(ctx, req.bucket_name), checkTags(req.tags, MAX_TAGS));
      return { success: true, message: "tags set" };
    },
  });

  const GetBucketTags: Ops["GetBucketTags"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => ({
      success: true,
      tags: await bucketTags(m, m.bucket(ctx, req.bucket_name), { missingFeature: "refuse" }),
    }),
  });

  const DeleteBucketTags: Ops["DeleteBucketTags"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      await m.client.removeBucketTagging(m.bucket(ctx, req.bucket_name));
      return { success: true, message: "tags deleted" };
    },
  });

  const SetObjectTags: Ops["SetObjectTags"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const tags = checkTags(req.tags, MAX_TAGS);
      await m.client.setObjectTagging(bucket, m.key(req.object_key), tags, versionOpts(req.version_id));
      return { success: true, message: "tags set" };
    },
  });

  const GetObjectTags: Ops["GetObjectTags"] = unary({
    resource: objectResource,
    run: async (req, ctx) => ({
      success: true,
      tags: await readTags(m, m.bucket(ctx, req.bucket_name), m.key(req.object_key), req.version_id),
    }),
  });

  const DeleteObjectTags: Ops["DeleteObjectTags"] = unary({
    resource: objectResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const key = m.key(req.object_key);
      await m.client.removeObjectTagging(bucket, key, versionOpts(req.version_id)).catch(async (err) => {
        // A backend without DELETE ?tagging (s3rver) reaches the same state by storing an empty tag set.
        if (s3ErrorCode(err) !== "NotImplemented") throw err;
        await m.client.setObjectTagging(bucket, key, {}, versionOpts(req.version_id));
      });
      return { success: true, message: "tags deleted" };
    },
  });

  return { SetBucketTags, GetBucketTags, DeleteBucketTags, SetObjectTags, GetObjectTags, DeleteObjectTags };
}
