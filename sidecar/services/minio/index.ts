/**
 * isa.minio.MinIOService: all 31 RPCs, each group in its own file. The `satisfies` below makes the
 * compiler check that every RPC of the contract is implemented with its types.
 */
import type { Logger } from "../../../shared/logger";
import { type S3Backend, translateS3Error } from "../../backends/s3";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import type { OperationsOf } from "../../operation";
import type { BackendService } from "../service";
import { bucketOperations } from "./buckets";
import { type MinioLimits, MinioOps } from "./context";
import { copyStatDeleteOperations } from "./copy-stat-delete";
import { healthOperations } from "./health";
import { lifecycleOperations } from "./lifecycle";
import { listingOperations } from "./listing";
import { multipartOperations } from "./multipart";
import { objectOperations } from "./objects";
import { policyOperations } from "./policy";
import { presignOperations } from "./presign";
import { tagOperations } from "./tags";
import { versioningOperations } from "./versioning";

export const MINIO_SERVICE = "isa.minio.MinIOService";

export function createMinioService(backend: S3Backend, limits: MinioLimits, _log: Logger): BackendService {
  const m = new MinioOps(backend, limits);
  const operations = {
    ...bucketOperations(m),
    ...policyOperations(m),
    ...tagOperations(m),
    ...versioningOperations(m),
    ...lifecycleOperations(m),
    ...objectOperations(m),
    ...listingOperations(m),
    ...copyStatDeleteOperations(m),
    ...presignOperations(m),
    ...multipartOperations(m),
    ...healthOperations(m),
  } satisfies OperationsOf<MinIOServiceHandlers>;
  return {
    name: MINIO_SERVICE,
    operations,
    translateError: translateS3Error,
    // Only CreateBucket and ListBuckets carry an organisation: the other 29 calls could not follow
    // one of them to another tenant, so local mode serves the pod's organisation only.
    podOrgOnly: true,
    close: () => backend.close(),
  };
}
