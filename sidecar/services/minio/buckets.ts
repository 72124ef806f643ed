/** CreateBucket, ListBuckets (the org's own, by their caller names), DeleteBucket (force empties it), GetBucketInfo. */
import { invalidArgument, notFound, SidecarError } from "../../errors";
import type { BucketInfo } from "../../generated/isa/minio/BucketInfo";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import { bucketResource, checkTags, MAX_TAGS, type MinioOps, timestamp } from "./context";
import { deleteKeys } from "./copy-stat-delete";
import { listPage } from "./listing";
import { bucketTags } from "./tags";

type Ops = OperationsOf<MinIOServiceHandlers>;

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new SidecarError("cancelled", "the call ended");
}

/** Deletes every object of a bucket, page by page; returns how many. */
async function emptyBucket(m: MinioOps, bucket: string, signal: AbortSignal): Promise<number> {
  let deleted = 0;
  let token = "";
  for (;;) {
    checkAborted(signal);
    const page = await listPage(m, bucket, { token });
    if (page.objects.length > 0) {
      const result = await deleteKeys(
        m,
        bucket,
        page.objects.map((o) => o.key ?? ""),
      );
      if (result.errors.length > 0) {
        throw new SidecarError("failed_precondition", `${result.errors.length} objects could not be deleted`);
      }
      deleted += result.deleted.length;
    }
    if (!page.truncated || page.next === "") return deleted;
    token = page.next;
  }
}

/** Size and object count by listing every page: S3 keeps no bucket totals. */
async function bucketUsage(m: MinioOps, bucket: string, signal: AbortSignal): Promise<{ size: number; count: number }> {
  let size = 0;
  let count = 0;
  let token = "";
  for (;;) {
    checkAborted(signal);
    const page = await listPage(m, bucket, { token });
    for (const o of page.objects) size += Number(o.size);
    count += page.objects.length;
    if (!page.truncated || page.next === "") return { size, count };
    token = page.next;
  }
}

function info(ctx: CallContext, name: string, region: string, created?: Date): BucketInfo {
  return { name, organization_id: ctx.identity.org, region, creation_date: timestamp(created) };
}

export function bucketOperations(m: MinioOps) {
  const region = m.backend.region;

  const CreateBucket: Ops["CreateBucket"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const tags = checkTags(req.tags, MAX_TAGS);
      if (req.region !== "" && req.region !== region) {
        throw invalidArgument(`region must be empty or "${region}", the region of this object storage`);
      }
      await m.client.makeBucket(bucket, region, { ObjectLocking: req.object_locking });
      if (Object.keys(tags).length > 0) {
        // All or nothing: a bucket whose tags the backend refused is removed again.
        await m.client.setBucketTagging(bucket, tags).catch(async (err) => {
          await m.client.removeBucket(bucket).catch(() => {});
          throw err;
        });
      }
      return {
        success: true,
        message: "created",
        bucket_info: { ...info(ctx, req.bucket_name, region, new Date()), owner_id: ctx.identity.user, tags },
      };
    },
  });

  const ListBuckets: Ops["ListBuckets"] = unary({
    resource: (req) => req.prefix || undefined,
    run: async (req, ctx) => {
      const buckets = (await m.client.listBuckets()).flatMap((b) => {
        const name = m.callerBucket(ctx, b.name);
        if (name === undefined || !name.startsWith(req.prefix)) return [];
        return [info(ctx, name, region, b.creationDate)];
      });
      return { success: true, buckets, total_count: buckets.length };
    },
  });

  const DeleteBucket: Ops["DeleteBucket"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      if (!(await m.client.bucketExists(bucket))) throw notFound("bucket not found");
      const deleted = req.force ? await emptyBucket(m, bucket, ctx.signal) : 0;
      await m.client.removeBucket(bucket);
      return { success: true, message: "deleted", deleted_objects: deleted };
    },
  });

  const GetBucketInfo: Ops["GetBucketInfo"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const listed = (await m.client.listBuckets()).find((b) => b.name === bucket);
      if (!listed) throw notFound("bucket not found");
      const usage = await bucketUsage(m, bucket, ctx.signal);
      return {
        success: true,
        bucket_info: {
          ...info(ctx, req.bucket_name, region, listed.creationDate),
          tags: await bucketTags(m, bucket, { missingFeature: "empty" }),
          size_bytes: String(usage.size),
          object_count: String(usage.count),
        },
      };
    },
  });

  return { CreateBucket, ListBuckets, DeleteBucket, GetBucketInfo };
}
