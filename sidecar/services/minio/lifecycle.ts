/** SetBucketLifecycle (replaces all rules), GetBucketLifecycle, DeleteBucketLifecycle. */
import { createHash } from "node:crypto";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import { bucketResource, type MinioOps, s3ErrorCode } from "./context";
import { lifecycleXml, parseLifecycleXml } from "./lifecycle-rules";
import { readBody } from "./xml";

type Ops = OperationsOf<MinIOServiceHandlers>;

export function lifecycleOperations(m: MinioOps) {
  const SetBucketLifecycle: Ops["SetBucketLifecycle"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const payload = Buffer.from(lifecycleXml(req.rules));
      // S3 requires Content-MD5 on this call.
      const headers = { "Content-MD5": createHash("md5").update(payload).digest("base64") };
      const res = await m.client.makeRequestAsync(
        { method: "PUT", bucketName: bucket, query: "lifecycle", headers },
        payload,
      );
      res.resume();
      return { success: true, message: `${req.rules.length} lifecycle rules set` };
    },
  });

  const GetBucketLifecycle: Ops["GetBucketLifecycle"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      try {
        const res = await m.client.makeRequestAsync({ method: "GET", bucketName: bucket, query: "lifecycle" });
        return { success: true, rules: parseLifecycleXml(await readBody(res)) };
      } catch (err) {
        // A bucket without rules answers NoSuchLifecycleConfiguration: no rules is the answer.
        if (s3ErrorCode(err) === "NoSuchLifecycleConfiguration") return { success: true, rules: [] };
        throw err;
      }
    },
  });

  const DeleteBucketLifecycle: Ops["DeleteBucketLifecycle"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      await m.client.removeBucketLifecycle(m.bucket(ctx, req.bucket_name));
      return { success: true, message: "lifecycle rules deleted" };
    },
  });

  return { SetBucketLifecycle, GetBucketLifecycle, DeleteBucketLifecycle };
}
