// Original file: proto/isa/minio.proto

export const BucketPolicyType = {
  BUCKET_POLICY_PRIVATE: 'BUCKET_POLICY_PRIVATE',
  BUCKET_POLICY_PUBLIC_READ: 'BUCKET_POLICY_PUBLIC_READ',
  BUCKET_POLICY_PUBLIC_WRITE: 'BUCKET_POLICY_PUBLIC_WRITE',
  BUCKET_POLICY_PUBLIC_RW: 'BUCKET_POLICY_PUBLIC_RW',
  BUCKET_POLICY_CUSTOM: 'BUCKET_POLICY_CUSTOM',
} as const;

export type BucketPolicyType =
  | 'BUCKET_POLICY_PRIVATE'
  | 0
  | 'BUCKET_POLICY_PUBLIC_READ'
  | 1
  | 'BUCKET_POLICY_PUBLIC_WRITE'
  | 2
  | 'BUCKET_POLICY_PUBLIC_RW'
  | 3
  | 'BUCKET_POLICY_CUSTOM'
  | 4

export type BucketPolicyType__Output = typeof BucketPolicyType[keyof typeof BucketPolicyType]
