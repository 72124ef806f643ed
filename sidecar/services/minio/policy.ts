/** SetBucketPolicy and GetBucketPolicy; what a policy may grant is decided in policy-rules.ts, before sending. */
import { invalidArgument } from "../../errors";
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import { bucketResource, type MinioOps, s3ErrorCode } from "./context";
import { callerPolicy, cannedPolicy, confinePolicy, type PolicyType, parsePolicy } from "./policy-rules";

type Ops = OperationsOf<MinIOServiceHandlers>;

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
        type === "BUCKET_POLICY_CUSTOM" ? parsePolicy(req.custom_policy) : cannedPolicy(type, req.bucket_name);
      // Private means no policy: the client sends DELETE ?policy for an empty one.
      const json =
        requested === undefined
          ? ""
          : JSON.stringify(
              confinePolicy(requested, {
                org: ctx.identity.org,
                bucket: req.bucket_name,
                allowPublic: m.limits.allowPublicPolicies,
              }),
            );
      await m.client.setBucketPolicy(bucket, json);
      return { success: true, message: json === "" ? "policy removed" : "policy set" };
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
