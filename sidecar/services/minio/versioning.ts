/**
 * SetBucketVersioning (Enabled, or Suspended: S3 cannot turn versioning fully off) and
 * GetBucketVersioning. A backend that does not know the `versioning` subresource may treat the
 * request as a plain bucket request (s3rver creates or lists the bucket); both are recognised and
 * reported as UNIMPLEMENTED rather than as an answer about versioning.
 */
import { SidecarError } from "../../errors";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import { bucketResource, type MinioOps, s3ErrorCode } from "./context";
import { readBody, xmlText } from "./xml";

type Ops = OperationsOf<MinIOServiceHandlers>;

const unimplemented = (how: string) =>
  new SidecarError("unimplemented", `the object storage backend does not implement bucket versioning: ${how}`);

export function versioningOperations(m: MinioOps) {
  const SetBucketVersioning: Ops["SetBucketVersioning"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const status = req.enabled ? "Enabled" : "Suspended";
      await m.client.setBucketVersioning(m.bucket(ctx, req.bucket_name), { Status: status }).catch((err) => {
        if (s3ErrorCode(err).startsWith("BucketAlready"))
          throw unimplemented("it took the request for a bucket creation");
        throw err;
      });
      return { success: true, message: `versioning ${status.toLowerCase()}` };
    },
  });

  const GetBucketVersioning: Ops["GetBucketVersioning"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const res = await m.client.makeRequestAsync({
        method: "GET",
        bucketName: m.bucket(ctx, req.bucket_name),
        query: "versioning",
      });
      const xml = await readBody(res);
      if (!xml.includes("<VersioningConfiguration"))
        throw unimplemented("it answered with something else than a versioning configuration");
      // A bucket that never had versioning answers an empty configuration: not enabled.
      return { success: true, enabled: xmlText(xml, "Status") === "Enabled" };
    },
  });

  return { SetBucketVersioning, GetBucketVersioning };
}
