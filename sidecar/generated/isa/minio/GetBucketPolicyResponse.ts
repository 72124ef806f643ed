// Original file: proto/isa/minio.proto

import type { BucketPolicyType as _isa_minio_BucketPolicyType, BucketPolicyType__Output as _isa_minio_BucketPolicyType__Output } from '../../isa/minio/BucketPolicyType';

export interface GetBucketPolicyResponse {
  'success'?: (boolean);
  'policy_type'?: (_isa_minio_BucketPolicyType);
  'policy_json'?: (string);
  'error'?: (string);
}

export interface GetBucketPolicyResponse__Output {
  'success': (boolean);
  'policy_type': (_isa_minio_BucketPolicyType__Output);
  'policy_json': (string);
  'error': (string);
}
