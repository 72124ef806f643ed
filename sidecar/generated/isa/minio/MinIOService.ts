// Original file: proto/isa/minio.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AbortMultipartUploadRequest as _isa_minio_AbortMultipartUploadRequest, AbortMultipartUploadRequest__Output as _isa_minio_AbortMultipartUploadRequest__Output } from '../../isa/minio/AbortMultipartUploadRequest';
import type { AbortMultipartUploadResponse as _isa_minio_AbortMultipartUploadResponse, AbortMultipartUploadResponse__Output as _isa_minio_AbortMultipartUploadResponse__Output } from '../../isa/minio/AbortMultipartUploadResponse';
import type { CompleteMultipartUploadRequest as _isa_minio_CompleteMultipartUploadRequest, CompleteMultipartUploadRequest__Output as _isa_minio_CompleteMultipartUploadRequest__Output } from '../../isa/minio/CompleteMultipartUploadRequest';
import type { CompleteMultipartUploadResponse as _isa_minio_CompleteMultipartUploadResponse, CompleteMultipartUploadResponse__Output as _isa_minio_CompleteMultipartUploadResponse__Output } from '../../isa/minio/CompleteMultipartUploadResponse';
import type { CopyObjectRequest as _isa_minio_CopyObjectRequest, CopyObjectRequest__Output as _isa_minio_CopyObjectRequest__Output } from '../../isa/minio/CopyObjectRequest';
import type { CopyObjectResponse as _isa_minio_CopyObjectResponse, CopyObjectResponse__Output as _isa_minio_CopyObjectResponse__Output } from '../../isa/minio/CopyObjectResponse';
import type { CreateBucketRequest as _isa_minio_CreateBucketRequest, CreateBucketRequest__Output as _isa_minio_CreateBucketRequest__Output } from '../../isa/minio/CreateBucketRequest';
import type { CreateBucketResponse as _isa_minio_CreateBucketResponse, CreateBucketResponse__Output as _isa_minio_CreateBucketResponse__Output } from '../../isa/minio/CreateBucketResponse';
import type { DeleteBucketLifecycleRequest as _isa_minio_DeleteBucketLifecycleRequest, DeleteBucketLifecycleRequest__Output as _isa_minio_DeleteBucketLifecycleRequest__Output } from '../../isa/minio/DeleteBucketLifecycleRequest';
import type { DeleteBucketLifecycleResponse as _isa_minio_DeleteBucketLifecycleResponse, DeleteBucketLifecycleResponse__Output as _isa_minio_DeleteBucketLifecycleResponse__Output } from '../../isa/minio/DeleteBucketLifecycleResponse';
import type { DeleteBucketRequest as _isa_minio_DeleteBucketRequest, DeleteBucketRequest__Output as _isa_minio_DeleteBucketRequest__Output } from '../../isa/minio/DeleteBucketRequest';
import type { DeleteBucketResponse as _isa_minio_DeleteBucketResponse, DeleteBucketResponse__Output as _isa_minio_DeleteBucketResponse__Output } from '../../isa/minio/DeleteBucketResponse';
import type { DeleteBucketTagsRequest as _isa_minio_DeleteBucketTagsRequest, DeleteBucketTagsRequest__Output as _isa_minio_DeleteBucketTagsRequest__Output } from '../../isa/minio/DeleteBucketTagsRequest';
import type { DeleteBucketTagsResponse as _isa_minio_DeleteBucketTagsResponse, DeleteBucketTagsResponse__Output as _isa_minio_DeleteBucketTagsResponse__Output } from '../../isa/minio/DeleteBucketTagsResponse';
import type { DeleteObjectRequest as _isa_minio_DeleteObjectRequest, DeleteObjectRequest__Output as _isa_minio_DeleteObjectRequest__Output } from '../../isa/minio/DeleteObjectRequest';
import type { DeleteObjectResponse as _isa_minio_DeleteObjectResponse, DeleteObjectResponse__Output as _isa_minio_DeleteObjectResponse__Output } from '../../isa/minio/DeleteObjectResponse';
import type { DeleteObjectTagsRequest as _isa_minio_DeleteObjectTagsRequest, DeleteObjectTagsRequest__Output as _isa_minio_DeleteObjectTagsRequest__Output } from '../../isa/minio/DeleteObjectTagsRequest';
import type { DeleteObjectTagsResponse as _isa_minio_DeleteObjectTagsResponse, DeleteObjectTagsResponse__Output as _isa_minio_DeleteObjectTagsResponse__Output } from '../../isa/minio/DeleteObjectTagsResponse';
import type { DeleteObjectsRequest as _isa_minio_DeleteObjectsRequest, DeleteObjectsRequest__Output as _isa_minio_DeleteObjectsRequest__Output } from '../../isa/minio/DeleteObjectsRequest';
import type { DeleteObjectsResponse as _isa_minio_DeleteObjectsResponse, DeleteObjectsResponse__Output as _isa_minio_DeleteObjectsResponse__Output } from '../../isa/minio/DeleteObjectsResponse';
import type { GetBucketInfoRequest as _isa_minio_GetBucketInfoRequest, GetBucketInfoRequest__Output as _isa_minio_GetBucketInfoRequest__Output } from '../../isa/minio/GetBucketInfoRequest';
import type { GetBucketInfoResponse as _isa_minio_GetBucketInfoResponse, GetBucketInfoResponse__Output as _isa_minio_GetBucketInfoResponse__Output } from '../../isa/minio/GetBucketInfoResponse';
import type { GetBucketLifecycleRequest as _isa_minio_GetBucketLifecycleRequest, GetBucketLifecycleRequest__Output as _isa_minio_GetBucketLifecycleRequest__Output } from '../../isa/minio/GetBucketLifecycleRequest';
import type { GetBucketLifecycleResponse as _isa_minio_GetBucketLifecycleResponse, GetBucketLifecycleResponse__Output as _isa_minio_GetBucketLifecycleResponse__Output } from '../../isa/minio/GetBucketLifecycleResponse';
import type { GetBucketPolicyRequest as _isa_minio_GetBucketPolicyRequest, GetBucketPolicyRequest__Output as _isa_minio_GetBucketPolicyRequest__Output } from '../../isa/minio/GetBucketPolicyRequest';
import type { GetBucketPolicyResponse as _isa_minio_GetBucketPolicyResponse, GetBucketPolicyResponse__Output as _isa_minio_GetBucketPolicyResponse__Output } from '../../isa/minio/GetBucketPolicyResponse';
import type { GetBucketTagsRequest as _isa_minio_GetBucketTagsRequest, GetBucketTagsRequest__Output as _isa_minio_GetBucketTagsRequest__Output } from '../../isa/minio/GetBucketTagsRequest';
import type { GetBucketTagsResponse as _isa_minio_GetBucketTagsResponse, GetBucketTagsResponse__Output as _isa_minio_GetBucketTagsResponse__Output } from '../../isa/minio/GetBucketTagsResponse';
import type { GetBucketVersioningRequest as _isa_minio_GetBucketVersioningRequest, GetBucketVersioningRequest__Output as _isa_minio_GetBucketVersioningRequest__Output } from '../../isa/minio/GetBucketVersioningRequest';
import type { GetBucketVersioningResponse as _isa_minio_GetBucketVersioningResponse, GetBucketVersioningResponse__Output as _isa_minio_GetBucketVersioningResponse__Output } from '../../isa/minio/GetBucketVersioningResponse';
import type { GetObjectRequest as _isa_minio_GetObjectRequest, GetObjectRequest__Output as _isa_minio_GetObjectRequest__Output } from '../../isa/minio/GetObjectRequest';
import type { GetObjectResponse as _isa_minio_GetObjectResponse, GetObjectResponse__Output as _isa_minio_GetObjectResponse__Output } from '../../isa/minio/GetObjectResponse';
import type { GetObjectTagsRequest as _isa_minio_GetObjectTagsRequest, GetObjectTagsRequest__Output as _isa_minio_GetObjectTagsRequest__Output } from '../../isa/minio/GetObjectTagsRequest';
import type { GetObjectTagsResponse as _isa_minio_GetObjectTagsResponse, GetObjectTagsResponse__Output as _isa_minio_GetObjectTagsResponse__Output } from '../../isa/minio/GetObjectTagsResponse';
import type { GetPresignedPutURLRequest as _isa_minio_GetPresignedPutURLRequest, GetPresignedPutURLRequest__Output as _isa_minio_GetPresignedPutURLRequest__Output } from '../../isa/minio/GetPresignedPutURLRequest';
import type { GetPresignedPutURLResponse as _isa_minio_GetPresignedPutURLResponse, GetPresignedPutURLResponse__Output as _isa_minio_GetPresignedPutURLResponse__Output } from '../../isa/minio/GetPresignedPutURLResponse';
import type { GetPresignedURLRequest as _isa_minio_GetPresignedURLRequest, GetPresignedURLRequest__Output as _isa_minio_GetPresignedURLRequest__Output } from '../../isa/minio/GetPresignedURLRequest';
import type { GetPresignedURLResponse as _isa_minio_GetPresignedURLResponse, GetPresignedURLResponse__Output as _isa_minio_GetPresignedURLResponse__Output } from '../../isa/minio/GetPresignedURLResponse';
import type { InitiateMultipartUploadRequest as _isa_minio_InitiateMultipartUploadRequest, InitiateMultipartUploadRequest__Output as _isa_minio_InitiateMultipartUploadRequest__Output } from '../../isa/minio/InitiateMultipartUploadRequest';
import type { InitiateMultipartUploadResponse as _isa_minio_InitiateMultipartUploadResponse, InitiateMultipartUploadResponse__Output as _isa_minio_InitiateMultipartUploadResponse__Output } from '../../isa/minio/InitiateMultipartUploadResponse';
import type { ListBucketsRequest as _isa_minio_ListBucketsRequest, ListBucketsRequest__Output as _isa_minio_ListBucketsRequest__Output } from '../../isa/minio/ListBucketsRequest';
import type { ListBucketsResponse as _isa_minio_ListBucketsResponse, ListBucketsResponse__Output as _isa_minio_ListBucketsResponse__Output } from '../../isa/minio/ListBucketsResponse';
import type { ListObjectsRequest as _isa_minio_ListObjectsRequest, ListObjectsRequest__Output as _isa_minio_ListObjectsRequest__Output } from '../../isa/minio/ListObjectsRequest';
import type { ListObjectsResponse as _isa_minio_ListObjectsResponse, ListObjectsResponse__Output as _isa_minio_ListObjectsResponse__Output } from '../../isa/minio/ListObjectsResponse';
import type { MinIOHealthCheckRequest as _isa_minio_MinIOHealthCheckRequest, MinIOHealthCheckRequest__Output as _isa_minio_MinIOHealthCheckRequest__Output } from '../../isa/minio/MinIOHealthCheckRequest';
import type { MinIOHealthCheckResponse as _isa_minio_MinIOHealthCheckResponse, MinIOHealthCheckResponse__Output as _isa_minio_MinIOHealthCheckResponse__Output } from '../../isa/minio/MinIOHealthCheckResponse';
import type { PutObjectRequest as _isa_minio_PutObjectRequest, PutObjectRequest__Output as _isa_minio_PutObjectRequest__Output } from '../../isa/minio/PutObjectRequest';
import type { PutObjectResponse as _isa_minio_PutObjectResponse, PutObjectResponse__Output as _isa_minio_PutObjectResponse__Output } from '../../isa/minio/PutObjectResponse';
import type { SetBucketLifecycleRequest as _isa_minio_SetBucketLifecycleRequest, SetBucketLifecycleRequest__Output as _isa_minio_SetBucketLifecycleRequest__Output } from '../../isa/minio/SetBucketLifecycleRequest';
import type { SetBucketLifecycleResponse as _isa_minio_SetBucketLifecycleResponse, SetBucketLifecycleResponse__Output as _isa_minio_SetBucketLifecycleResponse__Output } from '../../isa/minio/SetBucketLifecycleResponse';
import type { SetBucketPolicyRequest as _isa_minio_SetBucketPolicyRequest, SetBucketPolicyRequest__Output as _isa_minio_SetBucketPolicyRequest__Output } from '../../isa/minio/SetBucketPolicyRequest';
import type { SetBucketPolicyResponse as _isa_minio_SetBucketPolicyResponse, SetBucketPolicyResponse__Output as _isa_minio_SetBucketPolicyResponse__Output } from '../../isa/minio/SetBucketPolicyResponse';
import type { SetBucketTagsRequest as _isa_minio_SetBucketTagsRequest, SetBucketTagsRequest__Output as _isa_minio_SetBucketTagsRequest__Output } from '../../isa/minio/SetBucketTagsRequest';
import type { SetBucketTagsResponse as _isa_minio_SetBucketTagsResponse, SetBucketTagsResponse__Output as _isa_minio_SetBucketTagsResponse__Output } from '../../isa/minio/SetBucketTagsResponse';
import type { SetBucketVersioningRequest as _isa_minio_SetBucketVersioningRequest, SetBucketVersioningRequest__Output as _isa_minio_SetBucketVersioningRequest__Output } from '../../isa/minio/SetBucketVersioningRequest';
import type { SetBucketVersioningResponse as _isa_minio_SetBucketVersioningResponse, SetBucketVersioningResponse__Output as _isa_minio_SetBucketVersioningResponse__Output } from '../../isa/minio/SetBucketVersioningResponse';
import type { SetObjectTagsRequest as _isa_minio_SetObjectTagsRequest, SetObjectTagsRequest__Output as _isa_minio_SetObjectTagsRequest__Output } from '../../isa/minio/SetObjectTagsRequest';
import type { SetObjectTagsResponse as _isa_minio_SetObjectTagsResponse, SetObjectTagsResponse__Output as _isa_minio_SetObjectTagsResponse__Output } from '../../isa/minio/SetObjectTagsResponse';
import type { StatObjectRequest as _isa_minio_StatObjectRequest, StatObjectRequest__Output as _isa_minio_StatObjectRequest__Output } from '../../isa/minio/StatObjectRequest';
import type { StatObjectResponse as _isa_minio_StatObjectResponse, StatObjectResponse__Output as _isa_minio_StatObjectResponse__Output } from '../../isa/minio/StatObjectResponse';
import type { UploadPartRequest as _isa_minio_UploadPartRequest, UploadPartRequest__Output as _isa_minio_UploadPartRequest__Output } from '../../isa/minio/UploadPartRequest';
import type { UploadPartResponse as _isa_minio_UploadPartResponse, UploadPartResponse__Output as _isa_minio_UploadPartResponse__Output } from '../../isa/minio/UploadPartResponse';

export interface MinIOServiceClient extends grpc.Client {
  AbortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  AbortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  AbortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  AbortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  abortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  abortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  abortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  abortMultipartUpload(argument: _isa_minio_AbortMultipartUploadRequest, callback: grpc.requestCallback<_isa_minio_AbortMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  
  CompleteMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  CompleteMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  CompleteMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  CompleteMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  completeMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  completeMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  completeMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  completeMultipartUpload(argument: _isa_minio_CompleteMultipartUploadRequest, callback: grpc.requestCallback<_isa_minio_CompleteMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  
  CopyObject(argument: _isa_minio_CopyObjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  CopyObject(argument: _isa_minio_CopyObjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  CopyObject(argument: _isa_minio_CopyObjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  CopyObject(argument: _isa_minio_CopyObjectRequest, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  copyObject(argument: _isa_minio_CopyObjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  copyObject(argument: _isa_minio_CopyObjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  copyObject(argument: _isa_minio_CopyObjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  copyObject(argument: _isa_minio_CopyObjectRequest, callback: grpc.requestCallback<_isa_minio_CopyObjectResponse__Output>): grpc.ClientUnaryCall;
  
  CreateBucket(argument: _isa_minio_CreateBucketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  CreateBucket(argument: _isa_minio_CreateBucketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  CreateBucket(argument: _isa_minio_CreateBucketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  CreateBucket(argument: _isa_minio_CreateBucketRequest, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  createBucket(argument: _isa_minio_CreateBucketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  createBucket(argument: _isa_minio_CreateBucketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  createBucket(argument: _isa_minio_CreateBucketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  createBucket(argument: _isa_minio_CreateBucketRequest, callback: grpc.requestCallback<_isa_minio_CreateBucketResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteBucket(argument: _isa_minio_DeleteBucketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucket(argument: _isa_minio_DeleteBucketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucket(argument: _isa_minio_DeleteBucketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucket(argument: _isa_minio_DeleteBucketRequest, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  deleteBucket(argument: _isa_minio_DeleteBucketRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  deleteBucket(argument: _isa_minio_DeleteBucketRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  deleteBucket(argument: _isa_minio_DeleteBucketRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  deleteBucket(argument: _isa_minio_DeleteBucketRequest, callback: grpc.requestCallback<_isa_minio_DeleteBucketResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketLifecycle(argument: _isa_minio_DeleteBucketLifecycleRequest, callback: grpc.requestCallback<_isa_minio_DeleteBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteBucketTags(argument: _isa_minio_DeleteBucketTagsRequest, callback: grpc.requestCallback<_isa_minio_DeleteBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteObject(argument: _isa_minio_DeleteObjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteObject(argument: _isa_minio_DeleteObjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteObject(argument: _isa_minio_DeleteObjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  DeleteObject(argument: _isa_minio_DeleteObjectRequest, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  deleteObject(argument: _isa_minio_DeleteObjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  deleteObject(argument: _isa_minio_DeleteObjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  deleteObject(argument: _isa_minio_DeleteObjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  deleteObject(argument: _isa_minio_DeleteObjectRequest, callback: grpc.requestCallback<_isa_minio_DeleteObjectResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  DeleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjectTags(argument: _isa_minio_DeleteObjectTagsRequest, callback: grpc.requestCallback<_isa_minio_DeleteObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteObjects(argument: _isa_minio_DeleteObjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  DeleteObjects(argument: _isa_minio_DeleteObjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  DeleteObjects(argument: _isa_minio_DeleteObjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  DeleteObjects(argument: _isa_minio_DeleteObjectsRequest, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjects(argument: _isa_minio_DeleteObjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjects(argument: _isa_minio_DeleteObjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjects(argument: _isa_minio_DeleteObjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  deleteObjects(argument: _isa_minio_DeleteObjectsRequest, callback: grpc.requestCallback<_isa_minio_DeleteObjectsResponse__Output>): grpc.ClientUnaryCall;
  
  GetBucketInfo(argument: _isa_minio_GetBucketInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  GetBucketInfo(argument: _isa_minio_GetBucketInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  GetBucketInfo(argument: _isa_minio_GetBucketInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  GetBucketInfo(argument: _isa_minio_GetBucketInfoRequest, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  getBucketInfo(argument: _isa_minio_GetBucketInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  getBucketInfo(argument: _isa_minio_GetBucketInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  getBucketInfo(argument: _isa_minio_GetBucketInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  getBucketInfo(argument: _isa_minio_GetBucketInfoRequest, callback: grpc.requestCallback<_isa_minio_GetBucketInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  GetBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  GetBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  GetBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  getBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  getBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  getBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  getBucketLifecycle(argument: _isa_minio_GetBucketLifecycleRequest, callback: grpc.requestCallback<_isa_minio_GetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  
  GetBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  GetBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  GetBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  GetBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  getBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  getBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  getBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  getBucketPolicy(argument: _isa_minio_GetBucketPolicyRequest, callback: grpc.requestCallback<_isa_minio_GetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  
  GetBucketTags(argument: _isa_minio_GetBucketTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  GetBucketTags(argument: _isa_minio_GetBucketTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  GetBucketTags(argument: _isa_minio_GetBucketTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  GetBucketTags(argument: _isa_minio_GetBucketTagsRequest, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  getBucketTags(argument: _isa_minio_GetBucketTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  getBucketTags(argument: _isa_minio_GetBucketTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  getBucketTags(argument: _isa_minio_GetBucketTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  getBucketTags(argument: _isa_minio_GetBucketTagsRequest, callback: grpc.requestCallback<_isa_minio_GetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  
  GetBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  GetBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  GetBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  GetBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  getBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  getBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  getBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  getBucketVersioning(argument: _isa_minio_GetBucketVersioningRequest, callback: grpc.requestCallback<_isa_minio_GetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  
  GetObject(argument: _isa_minio_GetObjectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_minio_GetObjectResponse__Output>;
  GetObject(argument: _isa_minio_GetObjectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_minio_GetObjectResponse__Output>;
  getObject(argument: _isa_minio_GetObjectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_minio_GetObjectResponse__Output>;
  getObject(argument: _isa_minio_GetObjectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_minio_GetObjectResponse__Output>;
  
  GetObjectTags(argument: _isa_minio_GetObjectTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  GetObjectTags(argument: _isa_minio_GetObjectTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  GetObjectTags(argument: _isa_minio_GetObjectTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  GetObjectTags(argument: _isa_minio_GetObjectTagsRequest, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  getObjectTags(argument: _isa_minio_GetObjectTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  getObjectTags(argument: _isa_minio_GetObjectTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  getObjectTags(argument: _isa_minio_GetObjectTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  getObjectTags(argument: _isa_minio_GetObjectTagsRequest, callback: grpc.requestCallback<_isa_minio_GetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  
  GetPresignedPutURL(argument: _isa_minio_GetPresignedPutURLRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  GetPresignedPutURL(argument: _isa_minio_GetPresignedPutURLRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  GetPresignedPutURL(argument: _isa_minio_GetPresignedPutURLRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  GetPresignedPutURL(argument: _isa_minio_GetPresignedPutURLRequest, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedPutUrl(argument: _isa_minio_GetPresignedPutURLRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedPutUrl(argument: _isa_minio_GetPresignedPutURLRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedPutUrl(argument: _isa_minio_GetPresignedPutURLRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedPutUrl(argument: _isa_minio_GetPresignedPutURLRequest, callback: grpc.requestCallback<_isa_minio_GetPresignedPutURLResponse__Output>): grpc.ClientUnaryCall;
  
  GetPresignedURL(argument: _isa_minio_GetPresignedURLRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  GetPresignedURL(argument: _isa_minio_GetPresignedURLRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  GetPresignedURL(argument: _isa_minio_GetPresignedURLRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  GetPresignedURL(argument: _isa_minio_GetPresignedURLRequest, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedUrl(argument: _isa_minio_GetPresignedURLRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedUrl(argument: _isa_minio_GetPresignedURLRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedUrl(argument: _isa_minio_GetPresignedURLRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  getPresignedUrl(argument: _isa_minio_GetPresignedURLRequest, callback: grpc.requestCallback<_isa_minio_GetPresignedURLResponse__Output>): grpc.ClientUnaryCall;
  
  HealthCheck(argument: _isa_minio_MinIOHealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_minio_MinIOHealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_minio_MinIOHealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_minio_MinIOHealthCheckRequest, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_minio_MinIOHealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_minio_MinIOHealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_minio_MinIOHealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_minio_MinIOHealthCheckRequest, callback: grpc.requestCallback<_isa_minio_MinIOHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  
  InitiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  InitiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  InitiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  InitiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  initiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  initiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  initiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  initiateMultipartUpload(argument: _isa_minio_InitiateMultipartUploadRequest, callback: grpc.requestCallback<_isa_minio_InitiateMultipartUploadResponse__Output>): grpc.ClientUnaryCall;
  
  ListBuckets(argument: _isa_minio_ListBucketsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  ListBuckets(argument: _isa_minio_ListBucketsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  ListBuckets(argument: _isa_minio_ListBucketsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  ListBuckets(argument: _isa_minio_ListBucketsRequest, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  listBuckets(argument: _isa_minio_ListBucketsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  listBuckets(argument: _isa_minio_ListBucketsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  listBuckets(argument: _isa_minio_ListBucketsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  listBuckets(argument: _isa_minio_ListBucketsRequest, callback: grpc.requestCallback<_isa_minio_ListBucketsResponse__Output>): grpc.ClientUnaryCall;
  
  ListObjects(argument: _isa_minio_ListObjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  ListObjects(argument: _isa_minio_ListObjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  ListObjects(argument: _isa_minio_ListObjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  ListObjects(argument: _isa_minio_ListObjectsRequest, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  listObjects(argument: _isa_minio_ListObjectsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  listObjects(argument: _isa_minio_ListObjectsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  listObjects(argument: _isa_minio_ListObjectsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  listObjects(argument: _isa_minio_ListObjectsRequest, callback: grpc.requestCallback<_isa_minio_ListObjectsResponse__Output>): grpc.ClientUnaryCall;
  
  PutObject(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  PutObject(metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  PutObject(options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  PutObject(callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  putObject(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  putObject(metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  putObject(options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  putObject(callback: grpc.requestCallback<_isa_minio_PutObjectResponse__Output>): grpc.ClientWritableStream<_isa_minio_PutObjectRequest>;
  
  SetBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  SetBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  SetBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  SetBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  setBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  setBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  setBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  setBucketLifecycle(argument: _isa_minio_SetBucketLifecycleRequest, callback: grpc.requestCallback<_isa_minio_SetBucketLifecycleResponse__Output>): grpc.ClientUnaryCall;
  
  SetBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  SetBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  SetBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  SetBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  setBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  setBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  setBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  setBucketPolicy(argument: _isa_minio_SetBucketPolicyRequest, callback: grpc.requestCallback<_isa_minio_SetBucketPolicyResponse__Output>): grpc.ClientUnaryCall;
  
  SetBucketTags(argument: _isa_minio_SetBucketTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  SetBucketTags(argument: _isa_minio_SetBucketTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  SetBucketTags(argument: _isa_minio_SetBucketTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  SetBucketTags(argument: _isa_minio_SetBucketTagsRequest, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  setBucketTags(argument: _isa_minio_SetBucketTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  setBucketTags(argument: _isa_minio_SetBucketTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  setBucketTags(argument: _isa_minio_SetBucketTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  setBucketTags(argument: _isa_minio_SetBucketTagsRequest, callback: grpc.requestCallback<_isa_minio_SetBucketTagsResponse__Output>): grpc.ClientUnaryCall;
  
  SetBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  SetBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  SetBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  SetBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  setBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  setBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  setBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  setBucketVersioning(argument: _isa_minio_SetBucketVersioningRequest, callback: grpc.requestCallback<_isa_minio_SetBucketVersioningResponse__Output>): grpc.ClientUnaryCall;
  
  SetObjectTags(argument: _isa_minio_SetObjectTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  SetObjectTags(argument: _isa_minio_SetObjectTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  SetObjectTags(argument: _isa_minio_SetObjectTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  SetObjectTags(argument: _isa_minio_SetObjectTagsRequest, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  setObjectTags(argument: _isa_minio_SetObjectTagsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  setObjectTags(argument: _isa_minio_SetObjectTagsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  setObjectTags(argument: _isa_minio_SetObjectTagsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  setObjectTags(argument: _isa_minio_SetObjectTagsRequest, callback: grpc.requestCallback<_isa_minio_SetObjectTagsResponse__Output>): grpc.ClientUnaryCall;
  
  StatObject(argument: _isa_minio_StatObjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  StatObject(argument: _isa_minio_StatObjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  StatObject(argument: _isa_minio_StatObjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  StatObject(argument: _isa_minio_StatObjectRequest, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  statObject(argument: _isa_minio_StatObjectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  statObject(argument: _isa_minio_StatObjectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  statObject(argument: _isa_minio_StatObjectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  statObject(argument: _isa_minio_StatObjectRequest, callback: grpc.requestCallback<_isa_minio_StatObjectResponse__Output>): grpc.ClientUnaryCall;
  
  UploadPart(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  UploadPart(metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  UploadPart(options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  UploadPart(callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  uploadPart(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  uploadPart(metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  uploadPart(options: grpc.CallOptions, callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  uploadPart(callback: grpc.requestCallback<_isa_minio_UploadPartResponse__Output>): grpc.ClientWritableStream<_isa_minio_UploadPartRequest>;
  
}

export interface MinIOServiceHandlers extends grpc.UntypedServiceImplementation {
  AbortMultipartUpload: grpc.handleUnaryCall<_isa_minio_AbortMultipartUploadRequest__Output, _isa_minio_AbortMultipartUploadResponse>;
  
  CompleteMultipartUpload: grpc.handleUnaryCall<_isa_minio_CompleteMultipartUploadRequest__Output, _isa_minio_CompleteMultipartUploadResponse>;
  
  CopyObject: grpc.handleUnaryCall<_isa_minio_CopyObjectRequest__Output, _isa_minio_CopyObjectResponse>;
  
  CreateBucket: grpc.handleUnaryCall<_isa_minio_CreateBucketRequest__Output, _isa_minio_CreateBucketResponse>;
  
  DeleteBucket: grpc.handleUnaryCall<_isa_minio_DeleteBucketRequest__Output, _isa_minio_DeleteBucketResponse>;
  
  DeleteBucketLifecycle: grpc.handleUnaryCall<_isa_minio_DeleteBucketLifecycleRequest__Output, _isa_minio_DeleteBucketLifecycleResponse>;
  
  DeleteBucketTags: grpc.handleUnaryCall<_isa_minio_DeleteBucketTagsRequest__Output, _isa_minio_DeleteBucketTagsResponse>;
  
  DeleteObject: grpc.handleUnaryCall<_isa_minio_DeleteObjectRequest__Output, _isa_minio_DeleteObjectResponse>;
  
  DeleteObjectTags: grpc.handleUnaryCall<_isa_minio_DeleteObjectTagsRequest__Output, _isa_minio_DeleteObjectTagsResponse>;
  
  DeleteObjects: grpc.handleUnaryCall<_isa_minio_DeleteObjectsRequest__Output, _isa_minio_DeleteObjectsResponse>;
  
  GetBucketInfo: grpc.handleUnaryCall<_isa_minio_GetBucketInfoRequest__Output, _isa_minio_GetBucketInfoResponse>;
  
  GetBucketLifecycle: grpc.handleUnaryCall<_isa_minio_GetBucketLifecycleRequest__Output, _isa_minio_GetBucketLifecycleResponse>;
  
  GetBucketPolicy: grpc.handleUnaryCall<_isa_minio_GetBucketPolicyRequest__Output, _isa_minio_GetBucketPolicyResponse>;
  
  GetBucketTags: grpc.handleUnaryCall<_isa_minio_GetBucketTagsRequest__Output, _isa_minio_GetBucketTagsResponse>;
  
  GetBucketVersioning: grpc.handleUnaryCall<_isa_minio_GetBucketVersioningRequest__Output, _isa_minio_GetBucketVersioningResponse>;
  
  GetObject: grpc.handleServerStreamingCall<_isa_minio_GetObjectRequest__Output, _isa_minio_GetObjectResponse>;
  
  GetObjectTags: grpc.handleUnaryCall<_isa_minio_GetObjectTagsRequest__Output, _isa_minio_GetObjectTagsResponse>;
  
  GetPresignedPutURL: grpc.handleUnaryCall<_isa_minio_GetPresignedPutURLRequest__Output, _isa_minio_GetPresignedPutURLResponse>;
  
  GetPresignedURL: grpc.handleUnaryCall<_isa_minio_GetPresignedURLRequest__Output, _isa_minio_GetPresignedURLResponse>;
  
  HealthCheck: grpc.handleUnaryCall<_isa_minio_MinIOHealthCheckRequest__Output, _isa_minio_MinIOHealthCheckResponse>;
  
  InitiateMultipartUpload: grpc.handleUnaryCall<_isa_minio_InitiateMultipartUploadRequest__Output, _isa_minio_InitiateMultipartUploadResponse>;
  
  ListBuckets: grpc.handleUnaryCall<_isa_minio_ListBucketsRequest__Output, _isa_minio_ListBucketsResponse>;
  
  ListObjects: grpc.handleUnaryCall<_isa_minio_ListObjectsRequest__Output, _isa_minio_ListObjectsResponse>;
  
  PutObject: grpc.handleClientStreamingCall<_isa_minio_PutObjectRequest__Output, _isa_minio_PutObjectResponse>;
  
  SetBucketLifecycle: grpc.handleUnaryCall<_isa_minio_SetBucketLifecycleRequest__Output, _isa_minio_SetBucketLifecycleResponse>;
  
  SetBucketPolicy: grpc.handleUnaryCall<_isa_minio_SetBucketPolicyRequest__Output, _isa_minio_SetBucketPolicyResponse>;
  
  SetBucketTags: grpc.handleUnaryCall<_isa_minio_SetBucketTagsRequest__Output, _isa_minio_SetBucketTagsResponse>;
  
  SetBucketVersioning: grpc.handleUnaryCall<_isa_minio_SetBucketVersioningRequest__Output, _isa_minio_SetBucketVersioningResponse>;
  
  SetObjectTags: grpc.handleUnaryCall<_isa_minio_SetObjectTagsRequest__Output, _isa_minio_SetObjectTagsResponse>;
  
  StatObject: grpc.handleUnaryCall<_isa_minio_StatObjectRequest__Output, _isa_minio_StatObjectResponse>;
  
  UploadPart: grpc.handleClientStreamingCall<_isa_minio_UploadPartRequest__Output, _isa_minio_UploadPartResponse>;
  
}

export interface MinIOServiceDefinition extends grpc.ServiceDefinition {
  AbortMultipartUpload: MethodDefinition<_isa_minio_AbortMultipartUploadRequest, _isa_minio_AbortMultipartUploadResponse, _isa_minio_AbortMultipartUploadRequest__Output, _isa_minio_AbortMultipartUploadResponse__Output>
  CompleteMultipartUpload: MethodDefinition<_isa_minio_CompleteMultipartUploadRequest, _isa_minio_CompleteMultipartUploadResponse, _isa_minio_CompleteMultipartUploadRequest__Output, _isa_minio_CompleteMultipartUploadResponse__Output>
  CopyObject: MethodDefinition<_isa_minio_CopyObjectRequest, _isa_minio_CopyObjectResponse, _isa_minio_CopyObjectRequest__Output, _isa_minio_CopyObjectResponse__Output>
  CreateBucket: MethodDefinition<_isa_minio_CreateBucketRequest, _isa_minio_CreateBucketResponse, _isa_minio_CreateBucketRequest__Output, _isa_minio_CreateBucketResponse__Output>
  DeleteBucket: MethodDefinition<_isa_minio_DeleteBucketRequest, _isa_minio_DeleteBucketResponse, _isa_minio_DeleteBucketRequest__Output, _isa_minio_DeleteBucketResponse__Output>
  DeleteBucketLifecycle: MethodDefinition<_isa_minio_DeleteBucketLifecycleRequest, _isa_minio_DeleteBucketLifecycleResponse, _isa_minio_DeleteBucketLifecycleRequest__Output, _isa_minio_DeleteBucketLifecycleResponse__Output>
  DeleteBucketTags: MethodDefinition<_isa_minio_DeleteBucketTagsRequest, _isa_minio_DeleteBucketTagsResponse, _isa_minio_DeleteBucketTagsRequest__Output, _isa_minio_DeleteBucketTagsResponse__Output>
  DeleteObject: MethodDefinition<_isa_minio_DeleteObjectRequest, _isa_minio_DeleteObjectResponse, _isa_minio_DeleteObjectRequest__Output, _isa_minio_DeleteObjectResponse__Output>
  DeleteObjectTags: MethodDefinition<_isa_minio_DeleteObjectTagsRequest, _isa_minio_DeleteObjectTagsResponse, _isa_minio_DeleteObjectTagsRequest__Output, _isa_minio_DeleteObjectTagsResponse__Output>
  DeleteObjects: MethodDefinition<_isa_minio_DeleteObjectsRequest, _isa_minio_DeleteObjectsResponse, _isa_minio_DeleteObjectsRequest__Output, _isa_minio_DeleteObjectsResponse__Output>
  GetBucketInfo: MethodDefinition<_isa_minio_GetBucketInfoRequest, _isa_minio_GetBucketInfoResponse, _isa_minio_GetBucketInfoRequest__Output, _isa_minio_GetBucketInfoResponse__Output>
  GetBucketLifecycle: MethodDefinition<_isa_minio_GetBucketLifecycleRequest, _isa_minio_GetBucketLifecycleResponse, _isa_minio_GetBucketLifecycleRequest__Output, _isa_minio_GetBucketLifecycleResponse__Output>
  GetBucketPolicy: MethodDefinition<_isa_minio_GetBucketPolicyRequest, _isa_minio_GetBucketPolicyResponse, _isa_minio_GetBucketPolicyRequest__Output, _isa_minio_GetBucketPolicyResponse__Output>
  GetBucketTags: MethodDefinition<_isa_minio_GetBucketTagsRequest, _isa_minio_GetBucketTagsResponse, _isa_minio_GetBucketTagsRequest__Output, _isa_minio_GetBucketTagsResponse__Output>
  GetBucketVersioning: MethodDefinition<_isa_minio_GetBucketVersioningRequest, _isa_minio_GetBucketVersioningResponse, _isa_minio_GetBucketVersioningRequest__Output, _isa_minio_GetBucketVersioningResponse__Output>
  GetObject: MethodDefinition<_isa_minio_GetObjectRequest, _isa_minio_GetObjectResponse, _isa_minio_GetObjectRequest__Output, _isa_minio_GetObjectResponse__Output>
  GetObjectTags: MethodDefinition<_isa_minio_GetObjectTagsRequest, _isa_minio_GetObjectTagsResponse, _isa_minio_GetObjectTagsRequest__Output, _isa_minio_GetObjectTagsResponse__Output>
  GetPresignedPutURL: MethodDefinition<_isa_minio_GetPresignedPutURLRequest, _isa_minio_GetPresignedPutURLResponse, _isa_minio_GetPresignedPutURLRequest__Output, _isa_minio_GetPresignedPutURLResponse__Output>
  GetPresignedURL: MethodDefinition<_isa_minio_GetPresignedURLRequest, _isa_minio_GetPresignedURLResponse, _isa_minio_GetPresignedURLRequest__Output, _isa_minio_GetPresignedURLResponse__Output>
  HealthCheck: MethodDefinition<_isa_minio_MinIOHealthCheckRequest, _isa_minio_MinIOHealthCheckResponse, _isa_minio_MinIOHealthCheckRequest__Output, _isa_minio_MinIOHealthCheckResponse__Output>
  InitiateMultipartUpload: MethodDefinition<_isa_minio_InitiateMultipartUploadRequest, _isa_minio_InitiateMultipartUploadResponse, _isa_minio_InitiateMultipartUploadRequest__Output, _isa_minio_InitiateMultipartUploadResponse__Output>
  ListBuckets: MethodDefinition<_isa_minio_ListBucketsRequest, _isa_minio_ListBucketsResponse, _isa_minio_ListBucketsRequest__Output, _isa_minio_ListBucketsResponse__Output>
  ListObjects: MethodDefinition<_isa_minio_ListObjectsRequest, _isa_minio_ListObjectsResponse, _isa_minio_ListObjectsRequest__Output, _isa_minio_ListObjectsResponse__Output>
  PutObject: MethodDefinition<_isa_minio_PutObjectRequest, _isa_minio_PutObjectResponse, _isa_minio_PutObjectRequest__Output, _isa_minio_PutObjectResponse__Output>
  SetBucketLifecycle: MethodDefinition<_isa_minio_SetBucketLifecycleRequest, _isa_minio_SetBucketLifecycleResponse, _isa_minio_SetBucketLifecycleRequest__Output, _isa_minio_SetBucketLifecycleResponse__Output>
  SetBucketPolicy: MethodDefinition<_isa_minio_SetBucketPolicyRequest, _isa_minio_SetBucketPolicyResponse, _isa_minio_SetBucketPolicyRequest__Output, _isa_minio_SetBucketPolicyResponse__Output>
  SetBucketTags: MethodDefinition<_isa_minio_SetBucketTagsRequest, _isa_minio_SetBucketTagsResponse, _isa_minio_SetBucketTagsRequest__Output, _isa_minio_SetBucketTagsResponse__Output>
  SetBucketVersioning: MethodDefinition<_isa_minio_SetBucketVersioningRequest, _isa_minio_SetBucketVersioningResponse, _isa_minio_SetBucketVersioningRequest__Output, _isa_minio_SetBucketVersioningResponse__Output>
  SetObjectTags: MethodDefinition<_isa_minio_SetObjectTagsRequest, _isa_minio_SetObjectTagsResponse, _isa_minio_SetObjectTagsRequest__Output, _isa_minio_SetObjectTagsResponse__Output>
  StatObject: MethodDefinition<_isa_minio_StatObjectRequest, _isa_minio_StatObjectResponse, _isa_minio_StatObjectRequest__Output, _isa_minio_StatObjectResponse__Output>
  UploadPart: MethodDefinition<_isa_minio_UploadPartRequest, _isa_minio_UploadPartResponse, _isa_minio_UploadPartRequest__Output, _isa_minio_UploadPartResponse__Output>
}
