// Original file: proto/isa/minio.proto

import type { BucketPolicyType as _isa_minio_BucketPolicyType, BucketPolicyType__Output as _isa_minio_BucketPolicyType__Output } from '../../isa/minio/BucketPolicyType';

export interface SetBucketPolicyRequest {
  'bucket_name'?: (string);
  'user_id'?: (string);
  'policy_type'?: (_isa_minio_BucketPolicyType);
  'custom_policy'?: (string);
}

export interface SetBucketPolicyRequest__Output {
  'bucket_name': (string);
  'user_id': (string);
  'policy_type': (_isa_minio_BucketPolicyType__Output);
  'custom_policy': (string);
}
