/** SetBucketPolicy and GetBucketPolicy; what a policy may grant is decided in policy-rules.ts, before sending. */
import { invalidArgument } from "../../errors";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import { bucketResource, type MinioOps, s3ErrorCode } from "./context";
import { callerPolicy, cannedPolicy, confinePolicy, type PolicyType, parsePolicy } from "./policy-rules";

type Ops = OperationsOf<MinIOServiceHandlers>;

/**
 * An empty custom policy is a removal: the isA SDK's `delete_bucket_policy` sends exactly that. A
 * document without statements grants nothing either.
 */
const isEmptyPolicy = (text: string) => text.trim() === "" || text.trim() === "{}";

/**
 * Removes the bucket's policy. Removing what is not there succeeds: no policy at all
 * (NoSuchBucketPolicy), or a backend without bucket policies (s3rver: NotImplemented), whose
 * buckets never have one. A missing bucket stays NOT_FOUND.
 */
async function removePolicy(m: MinioOps, bucket: string): Promise<string> {
  return m.client.setBucketPolicy(bucket, "").then(
    () => "policy removed",
    (err) => {
      const code = s3ErrorCode(err);
      if (code === "NoSuchBucketPolicy") return "no policy to remove";
      if (code === "NotImplemented") return "no policy to remove (the object storage keeps no bucket policies)";
      throw err;
    },
  );
}

export function policyOperations(m: MinioOps) {
  const SetBucketPolicy: Ops["SetBucketPolicy"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const type = req.policy_type as PolicyType;
      if (type !== "BUCKET_POLICY_CUSTOM" && req.custom_policy !== "") {
        throw invalidArgument("custom_policy is only read with policy_type BUCKET_POLICY_CUSTOM");
      }
      const requested =
        type !== "BUCKET_POLICY_CUSTOM"
          ? cannedPolicy(type, req.bucket_name)
          : isEmptyPolicy(req.custom_policy)
            ? undefined
            : parsePolicy(req.custom_policy);
      // Private (or an empty custom policy) means no policy at all.
      if (requested === undefined) return { success: true, message: await removePolicy(m, bucket) };
      const json = JSON.stringify(
        confinePolicy(requested, {
          org: ctx.identity.org,
          bucket: req.bucket_name,
          allowPublic: m.limits.allowPublicPolicies,
        }),
      );
      await m.client.setBucketPolicy(bucket, json);
      return { success: true, message: "policy set" };
    },
  });

  const GetBucketPolicy: Ops["GetBucketPolicy"] = unary({
    resource: bucketResource,
    run: async (req, ctx) => {
      const bucket = m.bucket(ctx, req.bucket_name);
      const backendJson = await m.client.getBucketPolicy(bucket).catch((err) => {
        if (s3ErrorCode(err) === "NoSuchBucketPolicy") return "";
        throw err;
      });
      const policy = callerPolicy(backendJson, ctx.identity.org, req.bucket_name);
      return { success: true, policy_type: policy.type, policy_json: policy.json };
    },
  });

  return { SetBucketPolicy, GetBucketPolicy };
}
