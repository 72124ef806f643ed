import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value';
import type { AbortMultipartUploadRequest as _isa_minio_AbortMultipartUploadRequest, AbortMultipartUploadRequest__Output as _isa_minio_AbortMultipartUploadRequest__Output } from './isa/minio/AbortMultipartUploadRequest';
import type { AbortMultipartUploadResponse as _isa_minio_AbortMultipartUploadResponse, AbortMultipartUploadResponse__Output as _isa_minio_AbortMultipartUploadResponse__Output } from './isa/minio/AbortMultipartUploadResponse';
import type { BucketInfo as _isa_minio_BucketInfo, BucketInfo__Output as _isa_minio_BucketInfo__Output } from './isa/minio/BucketInfo';
import type { CompleteMultipartUploadRequest as _isa_minio_CompleteMultipartUploadRequest, CompleteMultipartUploadRequest__Output as _isa_minio_CompleteMultipartUploadRequest__Output } from './isa/minio/CompleteMultipartUploadRequest';
import type { CompleteMultipartUploadResponse as _isa_minio_CompleteMultipartUploadResponse, CompleteMultipartUploadResponse__Output as _isa_minio_CompleteMultipartUploadResponse__Output } from './isa/minio/CompleteMultipartUploadResponse';
import type { CompletedPart as _isa_minio_CompletedPart, CompletedPart__Output as _isa_minio_CompletedPart__Output } from './isa/minio/CompletedPart';
import type { CopyObjectRequest as _isa_minio_CopyObjectRequest, CopyObjectRequest__Output as _isa_minio_CopyObjectRequest__Output } from './isa/minio/CopyObjectRequest';
import type { CopyObjectResponse as _isa_minio_CopyObjectResponse, CopyObjectResponse__Output as _isa_minio_CopyObjectResponse__Output } from './isa/minio/CopyObjectResponse';
import type { CreateBucketRequest as _isa_minio_CreateBucketRequest, CreateBucketRequest__Output as _isa_minio_CreateBucketRequest__Output } from './isa/minio/CreateBucketRequest';
import type { CreateBucketResponse as _isa_minio_CreateBucketResponse, CreateBucketResponse__Output as _isa_minio_CreateBucketResponse__Output } from './isa/minio/CreateBucketResponse';
import type { DeleteBucketLifecycleRequest as _isa_minio_DeleteBucketLifecycleRequest, DeleteBucketLifecycleRequest__Output as _isa_minio_DeleteBucketLifecycleRequest__Output } from './isa/minio/DeleteBucketLifecycleRequest';
import type { DeleteBucketLifecycleResponse as _isa_minio_DeleteBucketLifecycleResponse, DeleteBucketLifecycleResponse__Output as _isa_minio_DeleteBucketLifecycleResponse__Output } from './isa/minio/DeleteBucketLifecycleResponse';
import type { DeleteBucketRequest as _isa_minio_DeleteBucketRequest, DeleteBucketRequest__Output as _isa_minio_DeleteBucketRequest__Output } from './isa/minio/DeleteBucketRequest';
import type { DeleteBucketResponse as _isa_minio_DeleteBucketResponse, DeleteBucketResponse__Output as _isa_minio_DeleteBucketResponse__Output } from './isa/minio/DeleteBucketResponse';
import type { DeleteBucketTagsRequest as _isa_minio_DeleteBucketTagsRequest, DeleteBucketTagsRequest__Output as _isa_minio_DeleteBucketTagsRequest__Output } from './isa/minio/DeleteBucketTagsRequest';
import type { DeleteBucketTagsResponse as _isa_minio_DeleteBucketTagsResponse, DeleteBucketTagsResponse__Output as _isa_minio_DeleteBucketTagsResponse__Output } from './isa/minio/DeleteBucketTagsResponse';
import type { DeleteError as _isa_minio_DeleteError, DeleteError__Output as _isa_minio_DeleteError__Output } from './isa/minio/DeleteError';
import type { DeleteObjectRequest as _isa_minio_DeleteObjectRequest, DeleteObjectRequest__Output as _isa_minio_DeleteObjectRequest__Output } from './isa/minio/DeleteObjectRequest';
import type { DeleteObjectResponse as _isa_minio_DeleteObjectResponse, DeleteObjectResponse__Output as _isa_minio_DeleteObjectResponse__Output } from './isa/minio/DeleteObjectResponse';
import type { DeleteObjectTagsRequest as _isa_minio_DeleteObjectTagsRequest, DeleteObjectTagsRequest__Output as _isa_minio_DeleteObjectTagsRequest__Output } from './isa/minio/DeleteObjectTagsRequest';
import type { DeleteObjectTagsResponse as _isa_minio_DeleteObjectTagsResponse, DeleteObjectTagsResponse__Output as _isa_minio_DeleteObjectTagsResponse__Output } from './isa/minio/DeleteObjectTagsResponse';
import type { DeleteObjectsRequest as _isa_minio_DeleteObjectsRequest, DeleteObjectsRequest__Output as _isa_minio_DeleteObjectsRequest__Output } from './isa/minio/DeleteObjectsRequest';
import type { DeleteObjectsResponse as _isa_minio_DeleteObjectsResponse, DeleteObjectsResponse__Output as _isa_minio_DeleteObjectsResponse__Output } from './isa/minio/DeleteObjectsResponse';
import type { GetBucketInfoRequest as _isa_minio_GetBucketInfoRequest, GetBucketInfoRequest__Output as _isa_minio_GetBucketInfoRequest__Output } from './isa/minio/GetBucketInfoRequest';
import type { GetBucketInfoResponse as _isa_minio_GetBucketInfoResponse, GetBucketInfoResponse__Output as _isa_minio_GetBucketInfoResponse__Output } from './isa/minio/GetBucketInfoResponse';
import type { GetBucketLifecycleRequest as _isa_minio_GetBucketLifecycleRequest, GetBucketLifecycleRequest__Output as _isa_minio_GetBucketLifecycleRequest__Output } from './isa/minio/GetBucketLifecycleRequest';
import type { GetBucketLifecycleResponse as _isa_minio_GetBucketLifecycleResponse, GetBucketLifecycleResponse__Output as _isa_minio_GetBucketLifecycleResponse__Output } from './isa/minio/GetBucketLifecycleResponse';
import type { GetBucketPolicyRequest as _isa_minio_GetBucketPolicyRequest, GetBucketPolicyRequest__Output as _isa_minio_GetBucketPolicyRequest__Output } from './isa/minio/GetBucketPolicyRequest';
import type { GetBucketPolicyResponse as _isa_minio_GetBucketPolicyResponse, GetBucketPolicyResponse__Output as _isa_minio_GetBucketPolicyResponse__Output } from './isa/minio/GetBucketPolicyResponse';
import type { GetBucketTagsRequest as _isa_minio_GetBucketTagsRequest, GetBucketTagsRequest__Output as _isa_minio_GetBucketTagsRequest__Output } from './isa/minio/GetBucketTagsRequest';
import type { GetBucketTagsResponse as _isa_minio_GetBucketTagsResponse, GetBucketTagsResponse__Output as _isa_minio_GetBucketTagsResponse__Output } from './isa/minio/GetBucketTagsResponse';
import type { GetBucketVersioningRequest as _isa_minio_GetBucketVersioningRequest, GetBucketVersioningRequest__Output as _isa_minio_GetBucketVersioningRequest__Output } from './isa/minio/GetBucketVersioningRequest';
import type { GetBucketVersioningResponse as _isa_minio_GetBucketVersioningResponse, GetBucketVersioningResponse__Output as _isa_minio_GetBucketVersioningResponse__Output } from './isa/minio/GetBucketVersioningResponse';
import type { GetObjectRequest as _isa_minio_GetObjectRequest, GetObjectRequest__Output as _isa_minio_GetObjectRequest__Output } from './isa/minio/GetObjectRequest';
import type { GetObjectResponse as _isa_minio_GetObjectResponse, GetObjectResponse__Output as _isa_minio_GetObjectResponse__Output } from './isa/minio/GetObjectResponse';
import type { GetObjectTagsRequest as _isa_minio_GetObjectTagsRequest, GetObjectTagsRequest__Output as _isa_minio_GetObjectTagsRequest__Output } from './isa/minio/GetObjectTagsRequest';
import type { GetObjectTagsResponse as _isa_minio_GetObjectTagsResponse, GetObjectTagsResponse__Output as _isa_minio_GetObjectTagsResponse__Output } from './isa/minio/GetObjectTagsResponse';
import type { GetPresignedPutURLRequest as _isa_minio_GetPresignedPutURLRequest, GetPresignedPutURLRequest__Output as _isa_minio_GetPresignedPutURLRequest__Output } from './isa/minio/GetPresignedPutURLRequest';
import type { GetPresignedPutURLResponse as _isa_minio_GetPresignedPutURLResponse, GetPresignedPutURLResponse__Output as _isa_minio_GetPresignedPutURLResponse__Output } from './isa/minio/GetPresignedPutURLResponse';
import type { GetPresignedURLRequest as _isa_minio_GetPresignedURLRequest, GetPresignedURLRequest__Output as _isa_minio_GetPresignedURLRequest__Output } from './isa/minio/GetPresignedURLRequest';
import type { GetPresignedURLResponse as _isa_minio_GetPresignedURLResponse, GetPresignedURLResponse__Output as _isa_minio_GetPresignedURLResponse__Output } from './isa/minio/GetPresignedURLResponse';
import type { InitiateMultipartUploadRequest as _isa_minio_InitiateMultipartUploadRequest, InitiateMultipartUploadRequest__Output as _isa_minio_InitiateMultipartUploadRequest__Output } from './isa/minio/InitiateMultipartUploadRequest';
import type { InitiateMultipartUploadResponse as _isa_minio_InitiateMultipartUploadResponse, InitiateMultipartUploadResponse__Output as _isa_minio_InitiateMultipartUploadResponse__Output } from './isa/minio/InitiateMultipartUploadResponse';
import type { LifecycleRule as _isa_minio_LifecycleRule, LifecycleRule__Output as _isa_minio_LifecycleRule__Output } from './isa/minio/LifecycleRule';
import type { ListBucketsRequest as _isa_minio_ListBucketsRequest, ListBucketsRequest__Output as _isa_minio_ListBucketsRequest__Output } from './isa/minio/ListBucketsRequest';
import type { ListBucketsResponse as _isa_minio_ListBucketsResponse, ListBucketsResponse__Output as _isa_minio_ListBucketsResponse__Output } from './isa/minio/ListBucketsResponse';
import type { ListObjectsRequest as _isa_minio_ListObjectsRequest, ListObjectsRequest__Output as _isa_minio_ListObjectsRequest__Output } from './isa/minio/ListObjectsRequest';
import type { ListObjectsResponse as _isa_minio_ListObjectsResponse, ListObjectsResponse__Output as _isa_minio_ListObjectsResponse__Output } from './isa/minio/ListObjectsResponse';
import type { MinIOHealthCheckRequest as _isa_minio_MinIOHealthCheckRequest, MinIOHealthCheckRequest__Output as _isa_minio_MinIOHealthCheckRequest__Output } from './isa/minio/MinIOHealthCheckRequest';
import type { MinIOHealthCheckResponse as _isa_minio_MinIOHealthCheckResponse, MinIOHealthCheckResponse__Output as _isa_minio_MinIOHealthCheckResponse__Output } from './isa/minio/MinIOHealthCheckResponse';
import type { MinIOServiceClient as _isa_minio_MinIOServiceClient, MinIOServiceDefinition as _isa_minio_MinIOServiceDefinition } from './isa/minio/MinIOService';
import type { ObjectInfo as _isa_minio_ObjectInfo, ObjectInfo__Output as _isa_minio_ObjectInfo__Output } from './isa/minio/ObjectInfo';
import type { PutObjectMetadata as _isa_minio_PutObjectMetadata, PutObjectMetadata__Output as _isa_minio_PutObjectMetadata__Output } from './isa/minio/PutObjectMetadata';
import type { PutObjectRequest as _isa_minio_PutObjectRequest, PutObjectRequest__Output as _isa_minio_PutObjectRequest__Output } from './isa/minio/PutObjectRequest';
import type { PutObjectResponse as _isa_minio_PutObjectResponse, PutObjectResponse__Output as _isa_minio_PutObjectResponse__Output } from './isa/minio/PutObjectResponse';
import type { SetBucketLifecycleRequest as _isa_minio_SetBucketLifecycleRequest, SetBucketLifecycleRequest__Output as _isa_minio_SetBucketLifecycleRequest__Output } from './isa/minio/SetBucketLifecycleRequest';
import type { SetBucketLifecycleResponse as _isa_minio_SetBucketLifecycleResponse, SetBucketLifecycleResponse__Output as _isa_minio_SetBucketLifecycleResponse__Output } from './isa/minio/SetBucketLifecycleResponse';
import type { SetBucketPolicyRequest as _isa_minio_SetBucketPolicyRequest, SetBucketPolicyRequest__Output as _isa_minio_SetBucketPolicyRequest__Output } from './isa/minio/SetBucketPolicyRequest';
import type { SetBucketPolicyResponse as _isa_minio_SetBucketPolicyResponse, SetBucketPolicyResponse__Output as _isa_minio_SetBucketPolicyResponse__Output } from './isa/minio/SetBucketPolicyResponse';
import type { SetBucketTagsRequest as _isa_minio_SetBucketTagsRequest, SetBucketTagsRequest__Output as _isa_minio_SetBucketTagsRequest__Output } from './isa/minio/SetBucketTagsRequest';
import type { SetBucketTagsResponse as _isa_minio_SetBucketTagsResponse, SetBucketTagsResponse__Output as _isa_minio_SetBucketTagsResponse__Output } from './isa/minio/SetBucketTagsResponse';
import type { SetBucketVersioningRequest as _isa_minio_SetBucketVersioningRequest, SetBucketVersioningRequest__Output as _isa_minio_SetBucketVersioningRequest__Output } from './isa/minio/SetBucketVersioningRequest';
import type { SetBucketVersioningResponse as _isa_minio_SetBucketVersioningResponse, SetBucketVersioningResponse__Output as _isa_minio_SetBucketVersioningResponse__Output } from './isa/minio/SetBucketVersioningResponse';
import type { SetObjectTagsRequest as _isa_minio_SetObjectTagsRequest, SetObjectTagsRequest__Output as _isa_minio_SetObjectTagsRequest__Output } from './isa/minio/SetObjectTagsRequest';
import type { SetObjectTagsResponse as _isa_minio_SetObjectTagsResponse, SetObjectTagsResponse__Output as _isa_minio_SetObjectTagsResponse__Output } from './isa/minio/SetObjectTagsResponse';
import type { StatObjectRequest as _isa_minio_StatObjectRequest, StatObjectRequest__Output as _isa_minio_StatObjectRequest__Output } from './isa/minio/StatObjectRequest';
import type { StatObjectResponse as _isa_minio_StatObjectResponse, StatObjectResponse__Output as _isa_minio_StatObjectResponse__Output } from './isa/minio/StatObjectResponse';
import type { UploadPartMetadata as _isa_minio_UploadPartMetadata, UploadPartMetadata__Output as _isa_minio_UploadPartMetadata__Output } from './isa/minio/UploadPartMetadata';
import type { UploadPartRequest as _isa_minio_UploadPartRequest, UploadPartRequest__Output as _isa_minio_UploadPartRequest__Output } from './isa/minio/UploadPartRequest';
import type { UploadPartResponse as _isa_minio_UploadPartResponse, UploadPartResponse__Output as _isa_minio_UploadPartResponse__Output } from './isa/minio/UploadPartResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      NullValue: EnumTypeDefinition
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
  isa: {
    minio: {
      AbortMultipartUploadRequest: MessageTypeDefinition<_isa_minio_AbortMultipartUploadRequest, _isa_minio_AbortMultipartUploadRequest__Output>
      AbortMultipartUploadResponse: MessageTypeDefinition<_isa_minio_AbortMultipartUploadResponse, _isa_minio_AbortMultipartUploadResponse__Output>
      BucketInfo: MessageTypeDefinition<_isa_minio_BucketInfo, _isa_minio_BucketInfo__Output>
      BucketPolicyType: EnumTypeDefinition
      CompleteMultipartUploadRequest: MessageTypeDefinition<_isa_minio_CompleteMultipartUploadRequest, _isa_minio_CompleteMultipartUploadRequest__Output>
      CompleteMultipartUploadResponse: MessageTypeDefinition<_isa_minio_CompleteMultipartUploadResponse, _isa_minio_CompleteMultipartUploadResponse__Output>
      CompletedPart: MessageTypeDefinition<_isa_minio_CompletedPart, _isa_minio_CompletedPart__Output>
      CopyObjectRequest: MessageTypeDefinition<_isa_minio_CopyObjectRequest, _isa_minio_CopyObjectRequest__Output>
      CopyObjectResponse: MessageTypeDefinition<_isa_minio_CopyObjectResponse, _isa_minio_CopyObjectResponse__Output>
      CreateBucketRequest: MessageTypeDefinition<_isa_minio_CreateBucketRequest, _isa_minio_CreateBucketRequest__Output>
      CreateBucketResponse: MessageTypeDefinition<_isa_minio_CreateBucketResponse, _isa_minio_CreateBucketResponse__Output>
      DeleteBucketLifecycleRequest: MessageTypeDefinition<_isa_minio_DeleteBucketLifecycleRequest, _isa_minio_DeleteBucketLifecycleRequest__Output>
      DeleteBucketLifecycleResponse: MessageTypeDefinition<_isa_minio_DeleteBucketLifecycleResponse, _isa_minio_DeleteBucketLifecycleResponse__Output>
      DeleteBucketRequest: MessageTypeDefinition<_isa_minio_DeleteBucketRequest, _isa_minio_DeleteBucketRequest__Output>
      DeleteBucketResponse: MessageTypeDefinition<_isa_minio_DeleteBucketResponse, _isa_minio_DeleteBucketResponse__Output>
      DeleteBucketTagsRequest: MessageTypeDefinition<_isa_minio_DeleteBucketTagsRequest, _isa_minio_DeleteBucketTagsRequest__Output>
      DeleteBucketTagsResponse: MessageTypeDefinition<_isa_minio_DeleteBucketTagsResponse, _isa_minio_DeleteBucketTagsResponse__Output>
      DeleteError: MessageTypeDefinition<_isa_minio_DeleteError, _isa_minio_DeleteError__Output>
      DeleteObjectRequest: MessageTypeDefinition<_isa_minio_DeleteObjectRequest, _isa_minio_DeleteObjectRequest__Output>
      DeleteObjectResponse: MessageTypeDefinition<_isa_minio_DeleteObjectResponse, _isa_minio_DeleteObjectResponse__Output>
      DeleteObjectTagsRequest: MessageTypeDefinition<_isa_minio_DeleteObjectTagsRequest, _isa_minio_DeleteObjectTagsRequest__Output>
      DeleteObjectTagsResponse: MessageTypeDefinition<_isa_minio_DeleteObjectTagsResponse, _isa_minio_DeleteObjectTagsResponse__Output>
      DeleteObjectsRequest: MessageTypeDefinition<_isa_minio_DeleteObjectsRequest, _isa_minio_DeleteObjectsRequest__Output>
      DeleteObjectsResponse: MessageTypeDefinition<_isa_minio_DeleteObjectsResponse, _isa_minio_DeleteObjectsResponse__Output>
      GetBucketInfoRequest: MessageTypeDefinition<_isa_minio_GetBucketInfoRequest, _isa_minio_GetBucketInfoRequest__Output>
      GetBucketInfoResponse: MessageTypeDefinition<_isa_minio_GetBucketInfoResponse, _isa_minio_GetBucketInfoResponse__Output>
      GetBucketLifecycleRequest: MessageTypeDefinition<_isa_minio_GetBucketLifecycleRequest, _isa_minio_GetBucketLifecycleRequest__Output>
      GetBucketLifecycleResponse: MessageTypeDefinition<_isa_minio_GetBucketLifecycleResponse, _isa_minio_GetBucketLifecycleResponse__Output>
      GetBucketPolicyRequest: MessageTypeDefinition<_isa_minio_GetBucketPolicyRequest, _isa_minio_GetBucketPolicyRequest__Output>
      GetBucketPolicyResponse: MessageTypeDefinition<_isa_minio_GetBucketPolicyResponse, _isa_minio_GetBucketPolicyResponse__Output>
      GetBucketTagsRequest: MessageTypeDefinition<_isa_minio_GetBucketTagsRequest, _isa_minio_GetBucketTagsRequest__Output>
      GetBucketTagsResponse: MessageTypeDefinition<_isa_minio_GetBucketTagsResponse, _isa_minio_GetBucketTagsResponse__Output>
      GetBucketVersioningRequest: MessageTypeDefinition<_isa_minio_GetBucketVersioningRequest, _isa_minio_GetBucketVersioningRequest__Output>
      GetBucketVersioningResponse: MessageTypeDefinition<_isa_minio_GetBucketVersioningResponse, _isa_minio_GetBucketVersioningResponse__Output>
      GetObjectRequest: MessageTypeDefinition<_isa_minio_GetObjectRequest, _isa_minio_GetObjectRequest__Output>
      GetObjectResponse: MessageTypeDefinition<_isa_minio_GetObjectResponse, _isa_minio_GetObjectResponse__Output>
      GetObjectTagsRequest: MessageTypeDefinition<_isa_minio_GetObjectTagsRequest, _isa_minio_GetObjectTagsRequest__Output>
      GetObjectTagsResponse: MessageTypeDefinition<_isa_minio_GetObjectTagsResponse, _isa_minio_GetObjectTagsResponse__Output>
      GetPresignedPutURLRequest: MessageTypeDefinition<_isa_minio_GetPresignedPutURLRequest, _isa_minio_GetPresignedPutURLRequest__Output>
      GetPresignedPutURLResponse: MessageTypeDefinition<_isa_minio_GetPresignedPutURLResponse, _isa_minio_GetPresignedPutURLResponse__Output>
      GetPresignedURLRequest: MessageTypeDefinition<_isa_minio_GetPresignedURLRequest, _isa_minio_GetPresignedURLRequest__Output>
      GetPresignedURLResponse: MessageTypeDefinition<_isa_minio_GetPresignedURLResponse, _isa_minio_GetPresignedURLResponse__Output>
      InitiateMultipartUploadRequest: MessageTypeDefinition<_isa_minio_InitiateMultipartUploadRequest, _isa_minio_InitiateMultipartUploadRequest__Output>
      InitiateMultipartUploadResponse: MessageTypeDefinition<_isa_minio_InitiateMultipartUploadResponse, _isa_minio_InitiateMultipartUploadResponse__Output>
      LifecycleRule: MessageTypeDefinition<_isa_minio_LifecycleRule, _isa_minio_LifecycleRule__Output>
      ListBucketsRequest: MessageTypeDefinition<_isa_minio_ListBucketsRequest, _isa_minio_ListBucketsRequest__Output>
      ListBucketsResponse: MessageTypeDefinition<_isa_minio_ListBucketsResponse, _isa_minio_ListBucketsResponse__Output>
      ListObjectsRequest: MessageTypeDefinition<_isa_minio_ListObjectsRequest, _isa_minio_ListObjectsRequest__Output>
      ListObjectsResponse: MessageTypeDefinition<_isa_minio_ListObjectsResponse, _isa_minio_ListObjectsResponse__Output>
      MinIOHealthCheckRequest: MessageTypeDefinition<_isa_minio_MinIOHealthCheckRequest, _isa_minio_MinIOHealthCheckRequest__Output>
      MinIOHealthCheckResponse: MessageTypeDefinition<_isa_minio_MinIOHealthCheckResponse, _isa_minio_MinIOHealthCheckResponse__Output>
      MinIOService: SubtypeConstructor<typeof grpc.Client, _isa_minio_MinIOServiceClient> & { service: _isa_minio_MinIOServiceDefinition }
      ObjectInfo: MessageTypeDefinition<_isa_minio_ObjectInfo, _isa_minio_ObjectInfo__Output>
      PutObjectMetadata: MessageTypeDefinition<_isa_minio_PutObjectMetadata, _isa_minio_PutObjectMetadata__Output>
      PutObjectRequest: MessageTypeDefinition<_isa_minio_PutObjectRequest, _isa_minio_PutObjectRequest__Output>
      PutObjectResponse: MessageTypeDefinition<_isa_minio_PutObjectResponse, _isa_minio_PutObjectResponse__Output>
      SetBucketLifecycleRequest: MessageTypeDefinition<_isa_minio_SetBucketLifecycleRequest, _isa_minio_SetBucketLifecycleRequest__Output>
      SetBucketLifecycleResponse: MessageTypeDefinition<_isa_minio_SetBucketLifecycleResponse, _isa_minio_SetBucketLifecycleResponse__Output>
      SetBucketPolicyRequest: MessageTypeDefinition<_isa_minio_SetBucketPolicyRequest, _isa_minio_SetBucketPolicyRequest__Output>
      SetBucketPolicyResponse: MessageTypeDefinition<_isa_minio_SetBucketPolicyResponse, _isa_minio_SetBucketPolicyResponse__Output>
      SetBucketTagsRequest: MessageTypeDefinition<_isa_minio_SetBucketTagsRequest, _isa_minio_SetBucketTagsRequest__Output>
      SetBucketTagsResponse: MessageTypeDefinition<_isa_minio_SetBucketTagsResponse, _isa_minio_SetBucketTagsResponse__Output>
      SetBucketVersioningRequest: MessageTypeDefinition<_isa_minio_SetBucketVersioningRequest, _isa_minio_SetBucketVersioningRequest__Output>
      SetBucketVersioningResponse: MessageTypeDefinition<_isa_minio_SetBucketVersioningResponse, _isa_minio_SetBucketVersioningResponse__Output>
      SetObjectTagsRequest: MessageTypeDefinition<_isa_minio_SetObjectTagsRequest, _isa_minio_SetObjectTagsRequest__Output>
      SetObjectTagsResponse: MessageTypeDefinition<_isa_minio_SetObjectTagsResponse, _isa_minio_SetObjectTagsResponse__Output>
      StatObjectRequest: MessageTypeDefinition<_isa_minio_StatObjectRequest, _isa_minio_StatObjectRequest__Output>
      StatObjectResponse: MessageTypeDefinition<_isa_minio_StatObjectResponse, _isa_minio_StatObjectResponse__Output>
      UploadPartMetadata: MessageTypeDefinition<_isa_minio_UploadPartMetadata, _isa_minio_UploadPartMetadata__Output>
      UploadPartRequest: MessageTypeDefinition<_isa_minio_UploadPartRequest, _isa_minio_UploadPartRequest__Output>
      UploadPartResponse: MessageTypeDefinition<_isa_minio_UploadPartResponse, _isa_minio_UploadPartResponse__Output>
    }
  }
}

