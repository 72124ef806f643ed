// Original file: proto/isa/redis.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcquireLockRequest as _isa_redis_AcquireLockRequest, AcquireLockRequest__Output as _isa_redis_AcquireLockRequest__Output } from '../../isa/redis/AcquireLockRequest';
import type { AcquireLockResponse as _isa_redis_AcquireLockResponse, AcquireLockResponse__Output as _isa_redis_AcquireLockResponse__Output } from '../../isa/redis/AcquireLockResponse';
import type { AppendRequest as _isa_redis_AppendRequest, AppendRequest__Output as _isa_redis_AppendRequest__Output } from '../../isa/redis/AppendRequest';
import type { AppendResponse as _isa_redis_AppendResponse, AppendResponse__Output as _isa_redis_AppendResponse__Output } from '../../isa/redis/AppendResponse';
import type { CreateSessionRequest as _isa_redis_CreateSessionRequest, CreateSessionRequest__Output as _isa_redis_CreateSessionRequest__Output } from '../../isa/redis/CreateSessionRequest';
import type { CreateSessionResponse as _isa_redis_CreateSessionResponse, CreateSessionResponse__Output as _isa_redis_CreateSessionResponse__Output } from '../../isa/redis/CreateSessionResponse';
import type { DecrementRequest as _isa_redis_DecrementRequest, DecrementRequest__Output as _isa_redis_DecrementRequest__Output } from '../../isa/redis/DecrementRequest';
import type { DecrementResponse as _isa_redis_DecrementResponse, DecrementResponse__Output as _isa_redis_DecrementResponse__Output } from '../../isa/redis/DecrementResponse';
import type { DeleteMultipleRequest as _isa_redis_DeleteMultipleRequest, DeleteMultipleRequest__Output as _isa_redis_DeleteMultipleRequest__Output } from '../../isa/redis/DeleteMultipleRequest';
import type { DeleteRequest as _isa_redis_DeleteRequest, DeleteRequest__Output as _isa_redis_DeleteRequest__Output } from '../../isa/redis/DeleteRequest';
import type { DeleteResponse as _isa_redis_DeleteResponse, DeleteResponse__Output as _isa_redis_DeleteResponse__Output } from '../../isa/redis/DeleteResponse';
import type { DeleteSessionRequest as _isa_redis_DeleteSessionRequest, DeleteSessionRequest__Output as _isa_redis_DeleteSessionRequest__Output } from '../../isa/redis/DeleteSessionRequest';
import type { DeleteSessionResponse as _isa_redis_DeleteSessionResponse, DeleteSessionResponse__Output as _isa_redis_DeleteSessionResponse__Output } from '../../isa/redis/DeleteSessionResponse';
import type { ExistsRequest as _isa_redis_ExistsRequest, ExistsRequest__Output as _isa_redis_ExistsRequest__Output } from '../../isa/redis/ExistsRequest';
import type { ExistsResponse as _isa_redis_ExistsResponse, ExistsResponse__Output as _isa_redis_ExistsResponse__Output } from '../../isa/redis/ExistsResponse';
import type { ExpireRequest as _isa_redis_ExpireRequest, ExpireRequest__Output as _isa_redis_ExpireRequest__Output } from '../../isa/redis/ExpireRequest';
import type { ExpireResponse as _isa_redis_ExpireResponse, ExpireResponse__Output as _isa_redis_ExpireResponse__Output } from '../../isa/redis/ExpireResponse';
import type { GetKeyInfoRequest as _isa_redis_GetKeyInfoRequest, GetKeyInfoRequest__Output as _isa_redis_GetKeyInfoRequest__Output } from '../../isa/redis/GetKeyInfoRequest';
import type { GetKeyInfoResponse as _isa_redis_GetKeyInfoResponse, GetKeyInfoResponse__Output as _isa_redis_GetKeyInfoResponse__Output } from '../../isa/redis/GetKeyInfoResponse';
import type { GetMultipleRequest as _isa_redis_GetMultipleRequest, GetMultipleRequest__Output as _isa_redis_GetMultipleRequest__Output } from '../../isa/redis/GetMultipleRequest';
import type { GetMultipleResponse as _isa_redis_GetMultipleResponse, GetMultipleResponse__Output as _isa_redis_GetMultipleResponse__Output } from '../../isa/redis/GetMultipleResponse';
import type { GetRequest as _isa_redis_GetRequest, GetRequest__Output as _isa_redis_GetRequest__Output } from '../../isa/redis/GetRequest';
import type { GetResponse as _isa_redis_GetResponse, GetResponse__Output as _isa_redis_GetResponse__Output } from '../../isa/redis/GetResponse';
import type { GetSessionRequest as _isa_redis_GetSessionRequest, GetSessionRequest__Output as _isa_redis_GetSessionRequest__Output } from '../../isa/redis/GetSessionRequest';
import type { GetSessionResponse as _isa_redis_GetSessionResponse, GetSessionResponse__Output as _isa_redis_GetSessionResponse__Output } from '../../isa/redis/GetSessionResponse';
import type { GetStatisticsRequest as _isa_redis_GetStatisticsRequest, GetStatisticsRequest__Output as _isa_redis_GetStatisticsRequest__Output } from '../../isa/redis/GetStatisticsRequest';
import type { GetStatisticsResponse as _isa_redis_GetStatisticsResponse, GetStatisticsResponse__Output as _isa_redis_GetStatisticsResponse__Output } from '../../isa/redis/GetStatisticsResponse';
import type { GetTTLRequest as _isa_redis_GetTTLRequest, GetTTLRequest__Output as _isa_redis_GetTTLRequest__Output } from '../../isa/redis/GetTTLRequest';
import type { GetTTLResponse as _isa_redis_GetTTLResponse, GetTTLResponse__Output as _isa_redis_GetTTLResponse__Output } from '../../isa/redis/GetTTLResponse';
import type { HDeleteRequest as _isa_redis_HDeleteRequest, HDeleteRequest__Output as _isa_redis_HDeleteRequest__Output } from '../../isa/redis/HDeleteRequest';
import type { HDeleteResponse as _isa_redis_HDeleteResponse, HDeleteResponse__Output as _isa_redis_HDeleteResponse__Output } from '../../isa/redis/HDeleteResponse';
import type { HExistsRequest as _isa_redis_HExistsRequest, HExistsRequest__Output as _isa_redis_HExistsRequest__Output } from '../../isa/redis/HExistsRequest';
import type { HExistsResponse as _isa_redis_HExistsResponse, HExistsResponse__Output as _isa_redis_HExistsResponse__Output } from '../../isa/redis/HExistsResponse';
import type { HGetAllRequest as _isa_redis_HGetAllRequest, HGetAllRequest__Output as _isa_redis_HGetAllRequest__Output } from '../../isa/redis/HGetAllRequest';
import type { HGetAllResponse as _isa_redis_HGetAllResponse, HGetAllResponse__Output as _isa_redis_HGetAllResponse__Output } from '../../isa/redis/HGetAllResponse';
import type { HGetRequest as _isa_redis_HGetRequest, HGetRequest__Output as _isa_redis_HGetRequest__Output } from '../../isa/redis/HGetRequest';
import type { HGetResponse as _isa_redis_HGetResponse, HGetResponse__Output as _isa_redis_HGetResponse__Output } from '../../isa/redis/HGetResponse';
import type { HIncrementRequest as _isa_redis_HIncrementRequest, HIncrementRequest__Output as _isa_redis_HIncrementRequest__Output } from '../../isa/redis/HIncrementRequest';
import type { HIncrementResponse as _isa_redis_HIncrementResponse, HIncrementResponse__Output as _isa_redis_HIncrementResponse__Output } from '../../isa/redis/HIncrementResponse';
import type { HKeysRequest as _isa_redis_HKeysRequest, HKeysRequest__Output as _isa_redis_HKeysRequest__Output } from '../../isa/redis/HKeysRequest';
import type { HKeysResponse as _isa_redis_HKeysResponse, HKeysResponse__Output as _isa_redis_HKeysResponse__Output } from '../../isa/redis/HKeysResponse';
import type { HSetRequest as _isa_redis_HSetRequest, HSetRequest__Output as _isa_redis_HSetRequest__Output } from '../../isa/redis/HSetRequest';
import type { HSetResponse as _isa_redis_HSetResponse, HSetResponse__Output as _isa_redis_HSetResponse__Output } from '../../isa/redis/HSetResponse';
import type { HValuesRequest as _isa_redis_HValuesRequest, HValuesRequest__Output as _isa_redis_HValuesRequest__Output } from '../../isa/redis/HValuesRequest';
import type { HValuesResponse as _isa_redis_HValuesResponse, HValuesResponse__Output as _isa_redis_HValuesResponse__Output } from '../../isa/redis/HValuesResponse';
import type { IncrementRequest as _isa_redis_IncrementRequest, IncrementRequest__Output as _isa_redis_IncrementRequest__Output } from '../../isa/redis/IncrementRequest';
import type { IncrementResponse as _isa_redis_IncrementResponse, IncrementResponse__Output as _isa_redis_IncrementResponse__Output } from '../../isa/redis/IncrementResponse';
import type { LIndexRequest as _isa_redis_LIndexRequest, LIndexRequest__Output as _isa_redis_LIndexRequest__Output } from '../../isa/redis/LIndexRequest';
import type { LIndexResponse as _isa_redis_LIndexResponse, LIndexResponse__Output as _isa_redis_LIndexResponse__Output } from '../../isa/redis/LIndexResponse';
import type { LLenRequest as _isa_redis_LLenRequest, LLenRequest__Output as _isa_redis_LLenRequest__Output } from '../../isa/redis/LLenRequest';
import type { LLenResponse as _isa_redis_LLenResponse, LLenResponse__Output as _isa_redis_LLenResponse__Output } from '../../isa/redis/LLenResponse';
import type { LPopRequest as _isa_redis_LPopRequest, LPopRequest__Output as _isa_redis_LPopRequest__Output } from '../../isa/redis/LPopRequest';
import type { LPopResponse as _isa_redis_LPopResponse, LPopResponse__Output as _isa_redis_LPopResponse__Output } from '../../isa/redis/LPopResponse';
import type { LPushRequest as _isa_redis_LPushRequest, LPushRequest__Output as _isa_redis_LPushRequest__Output } from '../../isa/redis/LPushRequest';
import type { LPushResponse as _isa_redis_LPushResponse, LPushResponse__Output as _isa_redis_LPushResponse__Output } from '../../isa/redis/LPushResponse';
import type { LRangeRequest as _isa_redis_LRangeRequest, LRangeRequest__Output as _isa_redis_LRangeRequest__Output } from '../../isa/redis/LRangeRequest';
import type { LRangeResponse as _isa_redis_LRangeResponse, LRangeResponse__Output as _isa_redis_LRangeResponse__Output } from '../../isa/redis/LRangeResponse';
import type { LTrimRequest as _isa_redis_LTrimRequest, LTrimRequest__Output as _isa_redis_LTrimRequest__Output } from '../../isa/redis/LTrimRequest';
import type { LTrimResponse as _isa_redis_LTrimResponse, LTrimResponse__Output as _isa_redis_LTrimResponse__Output } from '../../isa/redis/LTrimResponse';
import type { ListKeysRequest as _isa_redis_ListKeysRequest, ListKeysRequest__Output as _isa_redis_ListKeysRequest__Output } from '../../isa/redis/ListKeysRequest';
import type { ListKeysResponse as _isa_redis_ListKeysResponse, ListKeysResponse__Output as _isa_redis_ListKeysResponse__Output } from '../../isa/redis/ListKeysResponse';
import type { ListSessionsRequest as _isa_redis_ListSessionsRequest, ListSessionsRequest__Output as _isa_redis_ListSessionsRequest__Output } from '../../isa/redis/ListSessionsRequest';
import type { ListSessionsResponse as _isa_redis_ListSessionsResponse, ListSessionsResponse__Output as _isa_redis_ListSessionsResponse__Output } from '../../isa/redis/ListSessionsResponse';
import type { MessageResponse as _isa_redis_MessageResponse, MessageResponse__Output as _isa_redis_MessageResponse__Output } from '../../isa/redis/MessageResponse';
import type { PublishRequest as _isa_redis_PublishRequest, PublishRequest__Output as _isa_redis_PublishRequest__Output } from '../../isa/redis/PublishRequest';
import type { PublishResponse as _isa_redis_PublishResponse, PublishResponse__Output as _isa_redis_PublishResponse__Output } from '../../isa/redis/PublishResponse';
import type { RPopRequest as _isa_redis_RPopRequest, RPopRequest__Output as _isa_redis_RPopRequest__Output } from '../../isa/redis/RPopRequest';
import type { RPopResponse as _isa_redis_RPopResponse, RPopResponse__Output as _isa_redis_RPopResponse__Output } from '../../isa/redis/RPopResponse';
import type { RPushRequest as _isa_redis_RPushRequest, RPushRequest__Output as _isa_redis_RPushRequest__Output } from '../../isa/redis/RPushRequest';
import type { RPushResponse as _isa_redis_RPushResponse, RPushResponse__Output as _isa_redis_RPushResponse__Output } from '../../isa/redis/RPushResponse';
import type { RedisBatchRequest as _isa_redis_RedisBatchRequest, RedisBatchRequest__Output as _isa_redis_RedisBatchRequest__Output } from '../../isa/redis/RedisBatchRequest';
import type { RedisBatchResponse as _isa_redis_RedisBatchResponse, RedisBatchResponse__Output as _isa_redis_RedisBatchResponse__Output } from '../../isa/redis/RedisBatchResponse';
import type { RedisHealthCheckRequest as _isa_redis_RedisHealthCheckRequest, RedisHealthCheckRequest__Output as _isa_redis_RedisHealthCheckRequest__Output } from '../../isa/redis/RedisHealthCheckRequest';
import type { RedisHealthCheckResponse as _isa_redis_RedisHealthCheckResponse, RedisHealthCheckResponse__Output as _isa_redis_RedisHealthCheckResponse__Output } from '../../isa/redis/RedisHealthCheckResponse';
import type { ReleaseLockRequest as _isa_redis_ReleaseLockRequest, ReleaseLockRequest__Output as _isa_redis_ReleaseLockRequest__Output } from '../../isa/redis/ReleaseLockRequest';
import type { ReleaseLockResponse as _isa_redis_ReleaseLockResponse, ReleaseLockResponse__Output as _isa_redis_ReleaseLockResponse__Output } from '../../isa/redis/ReleaseLockResponse';
import type { RenameRequest as _isa_redis_RenameRequest, RenameRequest__Output as _isa_redis_RenameRequest__Output } from '../../isa/redis/RenameRequest';
import type { RenameResponse as _isa_redis_RenameResponse, RenameResponse__Output as _isa_redis_RenameResponse__Output } from '../../isa/redis/RenameResponse';
import type { RenewLockRequest as _isa_redis_RenewLockRequest, RenewLockRequest__Output as _isa_redis_RenewLockRequest__Output } from '../../isa/redis/RenewLockRequest';
import type { RenewLockResponse as _isa_redis_RenewLockResponse, RenewLockResponse__Output as _isa_redis_RenewLockResponse__Output } from '../../isa/redis/RenewLockResponse';
import type { SAddRequest as _isa_redis_SAddRequest, SAddRequest__Output as _isa_redis_SAddRequest__Output } from '../../isa/redis/SAddRequest';
import type { SAddResponse as _isa_redis_SAddResponse, SAddResponse__Output as _isa_redis_SAddResponse__Output } from '../../isa/redis/SAddResponse';
import type { SCardRequest as _isa_redis_SCardRequest, SCardRequest__Output as _isa_redis_SCardRequest__Output } from '../../isa/redis/SCardRequest';
import type { SCardResponse as _isa_redis_SCardResponse, SCardResponse__Output as _isa_redis_SCardResponse__Output } from '../../isa/redis/SCardResponse';
import type { SDiffRequest as _isa_redis_SDiffRequest, SDiffRequest__Output as _isa_redis_SDiffRequest__Output } from '../../isa/redis/SDiffRequest';
import type { SDiffResponse as _isa_redis_SDiffResponse, SDiffResponse__Output as _isa_redis_SDiffResponse__Output } from '../../isa/redis/SDiffResponse';
import type { SInterRequest as _isa_redis_SInterRequest, SInterRequest__Output as _isa_redis_SInterRequest__Output } from '../../isa/redis/SInterRequest';
import type { SInterResponse as _isa_redis_SInterResponse, SInterResponse__Output as _isa_redis_SInterResponse__Output } from '../../isa/redis/SInterResponse';
import type { SIsMemberRequest as _isa_redis_SIsMemberRequest, SIsMemberRequest__Output as _isa_redis_SIsMemberRequest__Output } from '../../isa/redis/SIsMemberRequest';
import type { SIsMemberResponse as _isa_redis_SIsMemberResponse, SIsMemberResponse__Output as _isa_redis_SIsMemberResponse__Output } from '../../isa/redis/SIsMemberResponse';
import type { SMembersRequest as _isa_redis_SMembersRequest, SMembersRequest__Output as _isa_redis_SMembersRequest__Output } from '../../isa/redis/SMembersRequest';
import type { SMembersResponse as _isa_redis_SMembersResponse, SMembersResponse__Output as _isa_redis_SMembersResponse__Output } from '../../isa/redis/SMembersResponse';
import type { SRemoveRequest as _isa_redis_SRemoveRequest, SRemoveRequest__Output as _isa_redis_SRemoveRequest__Output } from '../../isa/redis/SRemoveRequest';
import type { SRemoveResponse as _isa_redis_SRemoveResponse, SRemoveResponse__Output as _isa_redis_SRemoveResponse__Output } from '../../isa/redis/SRemoveResponse';
import type { SUnionRequest as _isa_redis_SUnionRequest, SUnionRequest__Output as _isa_redis_SUnionRequest__Output } from '../../isa/redis/SUnionRequest';
import type { SUnionResponse as _isa_redis_SUnionResponse, SUnionResponse__Output as _isa_redis_SUnionResponse__Output } from '../../isa/redis/SUnionResponse';
import type { SetRequest as _isa_redis_SetRequest, SetRequest__Output as _isa_redis_SetRequest__Output } from '../../isa/redis/SetRequest';
import type { SetResponse as _isa_redis_SetResponse, SetResponse__Output as _isa_redis_SetResponse__Output } from '../../isa/redis/SetResponse';
import type { SetWithExpirationRequest as _isa_redis_SetWithExpirationRequest, SetWithExpirationRequest__Output as _isa_redis_SetWithExpirationRequest__Output } from '../../isa/redis/SetWithExpirationRequest';
import type { SubscribeRequest as _isa_redis_SubscribeRequest, SubscribeRequest__Output as _isa_redis_SubscribeRequest__Output } from '../../isa/redis/SubscribeRequest';
import type { UnsubscribeRequest as _isa_redis_UnsubscribeRequest, UnsubscribeRequest__Output as _isa_redis_UnsubscribeRequest__Output } from '../../isa/redis/UnsubscribeRequest';
import type { UnsubscribeResponse as _isa_redis_UnsubscribeResponse, UnsubscribeResponse__Output as _isa_redis_UnsubscribeResponse__Output } from '../../isa/redis/UnsubscribeResponse';
import type { UpdateSessionRequest as _isa_redis_UpdateSessionRequest, UpdateSessionRequest__Output as _isa_redis_UpdateSessionRequest__Output } from '../../isa/redis/UpdateSessionRequest';
import type { UpdateSessionResponse as _isa_redis_UpdateSessionResponse, UpdateSessionResponse__Output as _isa_redis_UpdateSessionResponse__Output } from '../../isa/redis/UpdateSessionResponse';
import type { ZAddRequest as _isa_redis_ZAddRequest, ZAddRequest__Output as _isa_redis_ZAddRequest__Output } from '../../isa/redis/ZAddRequest';
import type { ZAddResponse as _isa_redis_ZAddResponse, ZAddResponse__Output as _isa_redis_ZAddResponse__Output } from '../../isa/redis/ZAddResponse';
import type { ZCardRequest as _isa_redis_ZCardRequest, ZCardRequest__Output as _isa_redis_ZCardRequest__Output } from '../../isa/redis/ZCardRequest';
import type { ZCardResponse as _isa_redis_ZCardResponse, ZCardResponse__Output as _isa_redis_ZCardResponse__Output } from '../../isa/redis/ZCardResponse';
import type { ZIncrementRequest as _isa_redis_ZIncrementRequest, ZIncrementRequest__Output as _isa_redis_ZIncrementRequest__Output } from '../../isa/redis/ZIncrementRequest';
import type { ZIncrementResponse as _isa_redis_ZIncrementResponse, ZIncrementResponse__Output as _isa_redis_ZIncrementResponse__Output } from '../../isa/redis/ZIncrementResponse';
import type { ZRangeByScoreRequest as _isa_redis_ZRangeByScoreRequest, ZRangeByScoreRequest__Output as _isa_redis_ZRangeByScoreRequest__Output } from '../../isa/redis/ZRangeByScoreRequest';
import type { ZRangeByScoreResponse as _isa_redis_ZRangeByScoreResponse, ZRangeByScoreResponse__Output as _isa_redis_ZRangeByScoreResponse__Output } from '../../isa/redis/ZRangeByScoreResponse';
import type { ZRangeRequest as _isa_redis_ZRangeRequest, ZRangeRequest__Output as _isa_redis_ZRangeRequest__Output } from '../../isa/redis/ZRangeRequest';
import type { ZRangeResponse as _isa_redis_ZRangeResponse, ZRangeResponse__Output as _isa_redis_ZRangeResponse__Output } from '../../isa/redis/ZRangeResponse';
import type { ZRankRequest as _isa_redis_ZRankRequest, ZRankRequest__Output as _isa_redis_ZRankRequest__Output } from '../../isa/redis/ZRankRequest';
import type { ZRankResponse as _isa_redis_ZRankResponse, ZRankResponse__Output as _isa_redis_ZRankResponse__Output } from '../../isa/redis/ZRankResponse';
import type { ZRemoveRequest as _isa_redis_ZRemoveRequest, ZRemoveRequest__Output as _isa_redis_ZRemoveRequest__Output } from '../../isa/redis/ZRemoveRequest';
import type { ZRemoveResponse as _isa_redis_ZRemoveResponse, ZRemoveResponse__Output as _isa_redis_ZRemoveResponse__Output } from '../../isa/redis/ZRemoveResponse';
import type { ZScoreRequest as _isa_redis_ZScoreRequest, ZScoreRequest__Output as _isa_redis_ZScoreRequest__Output } from '../../isa/redis/ZScoreRequest';
import type { ZScoreResponse as _isa_redis_ZScoreResponse, ZScoreResponse__Output as _isa_redis_ZScoreResponse__Output } from '../../isa/redis/ZScoreResponse';

export interface RedisServiceClient extends grpc.Client {
  AcquireLock(argument: _isa_redis_AcquireLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  AcquireLock(argument: _isa_redis_AcquireLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  AcquireLock(argument: _isa_redis_AcquireLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  AcquireLock(argument: _isa_redis_AcquireLockRequest, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _isa_redis_AcquireLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _isa_redis_AcquireLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _isa_redis_AcquireLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  acquireLock(argument: _isa_redis_AcquireLockRequest, callback: grpc.requestCallback<_isa_redis_AcquireLockResponse__Output>): grpc.ClientUnaryCall;
  
  Append(argument: _isa_redis_AppendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  Append(argument: _isa_redis_AppendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  Append(argument: _isa_redis_AppendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  Append(argument: _isa_redis_AppendRequest, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  append(argument: _isa_redis_AppendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  append(argument: _isa_redis_AppendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  append(argument: _isa_redis_AppendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  append(argument: _isa_redis_AppendRequest, callback: grpc.requestCallback<_isa_redis_AppendResponse__Output>): grpc.ClientUnaryCall;
  
  CreateSession(argument: _isa_redis_CreateSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  CreateSession(argument: _isa_redis_CreateSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  CreateSession(argument: _isa_redis_CreateSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  CreateSession(argument: _isa_redis_CreateSessionRequest, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _isa_redis_CreateSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _isa_redis_CreateSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _isa_redis_CreateSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  createSession(argument: _isa_redis_CreateSessionRequest, callback: grpc.requestCallback<_isa_redis_CreateSessionResponse__Output>): grpc.ClientUnaryCall;
  
  Decrement(argument: _isa_redis_DecrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  Decrement(argument: _isa_redis_DecrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  Decrement(argument: _isa_redis_DecrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  Decrement(argument: _isa_redis_DecrementRequest, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  decrement(argument: _isa_redis_DecrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  decrement(argument: _isa_redis_DecrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  decrement(argument: _isa_redis_DecrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  decrement(argument: _isa_redis_DecrementRequest, callback: grpc.requestCallback<_isa_redis_DecrementResponse__Output>): grpc.ClientUnaryCall;
  
  Delete(argument: _isa_redis_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _isa_redis_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _isa_redis_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _isa_redis_DeleteRequest, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _isa_redis_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _isa_redis_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _isa_redis_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _isa_redis_DeleteRequest, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteMultiple(argument: _isa_redis_DeleteMultipleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteMultiple(argument: _isa_redis_DeleteMultipleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteMultiple(argument: _isa_redis_DeleteMultipleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  DeleteMultiple(argument: _isa_redis_DeleteMultipleRequest, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteMultiple(argument: _isa_redis_DeleteMultipleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteMultiple(argument: _isa_redis_DeleteMultipleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteMultiple(argument: _isa_redis_DeleteMultipleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  deleteMultiple(argument: _isa_redis_DeleteMultipleRequest, callback: grpc.requestCallback<_isa_redis_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteSession(argument: _isa_redis_DeleteSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSession(argument: _isa_redis_DeleteSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSession(argument: _isa_redis_DeleteSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  DeleteSession(argument: _isa_redis_DeleteSessionRequest, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  deleteSession(argument: _isa_redis_DeleteSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  deleteSession(argument: _isa_redis_DeleteSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  deleteSession(argument: _isa_redis_DeleteSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  deleteSession(argument: _isa_redis_DeleteSessionRequest, callback: grpc.requestCallback<_isa_redis_DeleteSessionResponse__Output>): grpc.ClientUnaryCall;
  
  ExecuteBatch(argument: _isa_redis_RedisBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  ExecuteBatch(argument: _isa_redis_RedisBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  ExecuteBatch(argument: _isa_redis_RedisBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  ExecuteBatch(argument: _isa_redis_RedisBatchRequest, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_redis_RedisBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_redis_RedisBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_redis_RedisBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_redis_RedisBatchRequest, callback: grpc.requestCallback<_isa_redis_RedisBatchResponse__Output>): grpc.ClientUnaryCall;
  
  Exists(argument: _isa_redis_ExistsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  Exists(argument: _isa_redis_ExistsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  Exists(argument: _isa_redis_ExistsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  Exists(argument: _isa_redis_ExistsRequest, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  exists(argument: _isa_redis_ExistsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  exists(argument: _isa_redis_ExistsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  exists(argument: _isa_redis_ExistsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  exists(argument: _isa_redis_ExistsRequest, callback: grpc.requestCallback<_isa_redis_ExistsResponse__Output>): grpc.ClientUnaryCall;
  
  Expire(argument: _isa_redis_ExpireRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  Expire(argument: _isa_redis_ExpireRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  Expire(argument: _isa_redis_ExpireRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  Expire(argument: _isa_redis_ExpireRequest, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  expire(argument: _isa_redis_ExpireRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  expire(argument: _isa_redis_ExpireRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  expire(argument: _isa_redis_ExpireRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  expire(argument: _isa_redis_ExpireRequest, callback: grpc.requestCallback<_isa_redis_ExpireResponse__Output>): grpc.ClientUnaryCall;
  
  Get(argument: _isa_redis_GetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  Get(argument: _isa_redis_GetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  Get(argument: _isa_redis_GetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  Get(argument: _isa_redis_GetRequest, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  get(argument: _isa_redis_GetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  get(argument: _isa_redis_GetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  get(argument: _isa_redis_GetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  get(argument: _isa_redis_GetRequest, callback: grpc.requestCallback<_isa_redis_GetResponse__Output>): grpc.ClientUnaryCall;
  
  GetKeyInfo(argument: _isa_redis_GetKeyInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  GetKeyInfo(argument: _isa_redis_GetKeyInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  GetKeyInfo(argument: _isa_redis_GetKeyInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  GetKeyInfo(argument: _isa_redis_GetKeyInfoRequest, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  getKeyInfo(argument: _isa_redis_GetKeyInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  getKeyInfo(argument: _isa_redis_GetKeyInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  getKeyInfo(argument: _isa_redis_GetKeyInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  getKeyInfo(argument: _isa_redis_GetKeyInfoRequest, callback: grpc.requestCallback<_isa_redis_GetKeyInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetMultiple(argument: _isa_redis_GetMultipleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  GetMultiple(argument: _isa_redis_GetMultipleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  GetMultiple(argument: _isa_redis_GetMultipleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  GetMultiple(argument: _isa_redis_GetMultipleRequest, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  getMultiple(argument: _isa_redis_GetMultipleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  getMultiple(argument: _isa_redis_GetMultipleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  getMultiple(argument: _isa_redis_GetMultipleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  getMultiple(argument: _isa_redis_GetMultipleRequest, callback: grpc.requestCallback<_isa_redis_GetMultipleResponse__Output>): grpc.ClientUnaryCall;
  
  GetSession(argument: _isa_redis_GetSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  GetSession(argument: _isa_redis_GetSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  GetSession(argument: _isa_redis_GetSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  GetSession(argument: _isa_redis_GetSessionRequest, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  getSession(argument: _isa_redis_GetSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  getSession(argument: _isa_redis_GetSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  getSession(argument: _isa_redis_GetSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  getSession(argument: _isa_redis_GetSessionRequest, callback: grpc.requestCallback<_isa_redis_GetSessionResponse__Output>): grpc.ClientUnaryCall;
  
  GetStatistics(argument: _isa_redis_GetStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetStatistics(argument: _isa_redis_GetStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetStatistics(argument: _isa_redis_GetStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetStatistics(argument: _isa_redis_GetStatisticsRequest, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_redis_GetStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_redis_GetStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_redis_GetStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_redis_GetStatisticsRequest, callback: grpc.requestCallback<_isa_redis_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  
  GetTTL(argument: _isa_redis_GetTTLRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  GetTTL(argument: _isa_redis_GetTTLRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  GetTTL(argument: _isa_redis_GetTTLRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  GetTTL(argument: _isa_redis_GetTTLRequest, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  getTtl(argument: _isa_redis_GetTTLRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  getTtl(argument: _isa_redis_GetTTLRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  getTtl(argument: _isa_redis_GetTTLRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  getTtl(argument: _isa_redis_GetTTLRequest, callback: grpc.requestCallback<_isa_redis_GetTTLResponse__Output>): grpc.ClientUnaryCall;
  
  HDelete(argument: _isa_redis_HDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  HDelete(argument: _isa_redis_HDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  HDelete(argument: _isa_redis_HDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  HDelete(argument: _isa_redis_HDeleteRequest, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  hDelete(argument: _isa_redis_HDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  hDelete(argument: _isa_redis_HDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  hDelete(argument: _isa_redis_HDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  hDelete(argument: _isa_redis_HDeleteRequest, callback: grpc.requestCallback<_isa_redis_HDeleteResponse__Output>): grpc.ClientUnaryCall;
  
  HExists(argument: _isa_redis_HExistsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  HExists(argument: _isa_redis_HExistsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  HExists(argument: _isa_redis_HExistsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  HExists(argument: _isa_redis_HExistsRequest, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  hExists(argument: _isa_redis_HExistsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  hExists(argument: _isa_redis_HExistsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  hExists(argument: _isa_redis_HExistsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  hExists(argument: _isa_redis_HExistsRequest, callback: grpc.requestCallback<_isa_redis_HExistsResponse__Output>): grpc.ClientUnaryCall;
  
  HGet(argument: _isa_redis_HGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  HGet(argument: _isa_redis_HGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  HGet(argument: _isa_redis_HGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  HGet(argument: _isa_redis_HGetRequest, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  hGet(argument: _isa_redis_HGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  hGet(argument: _isa_redis_HGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  hGet(argument: _isa_redis_HGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  hGet(argument: _isa_redis_HGetRequest, callback: grpc.requestCallback<_isa_redis_HGetResponse__Output>): grpc.ClientUnaryCall;
  
  HGetAll(argument: _isa_redis_HGetAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  HGetAll(argument: _isa_redis_HGetAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  HGetAll(argument: _isa_redis_HGetAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  HGetAll(argument: _isa_redis_HGetAllRequest, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  hGetAll(argument: _isa_redis_HGetAllRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  hGetAll(argument: _isa_redis_HGetAllRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  hGetAll(argument: _isa_redis_HGetAllRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  hGetAll(argument: _isa_redis_HGetAllRequest, callback: grpc.requestCallback<_isa_redis_HGetAllResponse__Output>): grpc.ClientUnaryCall;
  
  HIncrement(argument: _isa_redis_HIncrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  HIncrement(argument: _isa_redis_HIncrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  HIncrement(argument: _isa_redis_HIncrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  HIncrement(argument: _isa_redis_HIncrementRequest, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  hIncrement(argument: _isa_redis_HIncrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  hIncrement(argument: _isa_redis_HIncrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  hIncrement(argument: _isa_redis_HIncrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  hIncrement(argument: _isa_redis_HIncrementRequest, callback: grpc.requestCallback<_isa_redis_HIncrementResponse__Output>): grpc.ClientUnaryCall;
  
  HKeys(argument: _isa_redis_HKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  HKeys(argument: _isa_redis_HKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  HKeys(argument: _isa_redis_HKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  HKeys(argument: _isa_redis_HKeysRequest, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  hKeys(argument: _isa_redis_HKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  hKeys(argument: _isa_redis_HKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  hKeys(argument: _isa_redis_HKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  hKeys(argument: _isa_redis_HKeysRequest, callback: grpc.requestCallback<_isa_redis_HKeysResponse__Output>): grpc.ClientUnaryCall;
  
  HSet(argument: _isa_redis_HSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  HSet(argument: _isa_redis_HSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  HSet(argument: _isa_redis_HSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  HSet(argument: _isa_redis_HSetRequest, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  hSet(argument: _isa_redis_HSetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  hSet(argument: _isa_redis_HSetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  hSet(argument: _isa_redis_HSetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  hSet(argument: _isa_redis_HSetRequest, callback: grpc.requestCallback<_isa_redis_HSetResponse__Output>): grpc.ClientUnaryCall;
  
  HValues(argument: _isa_redis_HValuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  HValues(argument: _isa_redis_HValuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  HValues(argument: _isa_redis_HValuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  HValues(argument: _isa_redis_HValuesRequest, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  hValues(argument: _isa_redis_HValuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  hValues(argument: _isa_redis_HValuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  hValues(argument: _isa_redis_HValuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  hValues(argument: _isa_redis_HValuesRequest, callback: grpc.requestCallback<_isa_redis_HValuesResponse__Output>): grpc.ClientUnaryCall;
  
  HealthCheck(argument: _isa_redis_RedisHealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_redis_RedisHealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_redis_RedisHealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_redis_RedisHealthCheckRequest, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_redis_RedisHealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_redis_RedisHealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_redis_RedisHealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_redis_RedisHealthCheckRequest, callback: grpc.requestCallback<_isa_redis_RedisHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  
  Increment(argument: _isa_redis_IncrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  Increment(argument: _isa_redis_IncrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  Increment(argument: _isa_redis_IncrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  Increment(argument: _isa_redis_IncrementRequest, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  increment(argument: _isa_redis_IncrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  increment(argument: _isa_redis_IncrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  increment(argument: _isa_redis_IncrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  increment(argument: _isa_redis_IncrementRequest, callback: grpc.requestCallback<_isa_redis_IncrementResponse__Output>): grpc.ClientUnaryCall;
  
  LIndex(argument: _isa_redis_LIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  LIndex(argument: _isa_redis_LIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  LIndex(argument: _isa_redis_LIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  LIndex(argument: _isa_redis_LIndexRequest, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  lIndex(argument: _isa_redis_LIndexRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  lIndex(argument: _isa_redis_LIndexRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  lIndex(argument: _isa_redis_LIndexRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  lIndex(argument: _isa_redis_LIndexRequest, callback: grpc.requestCallback<_isa_redis_LIndexResponse__Output>): grpc.ClientUnaryCall;
  
  LLen(argument: _isa_redis_LLenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  LLen(argument: _isa_redis_LLenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  LLen(argument: _isa_redis_LLenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  LLen(argument: _isa_redis_LLenRequest, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  lLen(argument: _isa_redis_LLenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  lLen(argument: _isa_redis_LLenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  lLen(argument: _isa_redis_LLenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  lLen(argument: _isa_redis_LLenRequest, callback: grpc.requestCallback<_isa_redis_LLenResponse__Output>): grpc.ClientUnaryCall;
  
  LPop(argument: _isa_redis_LPopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  LPop(argument: _isa_redis_LPopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  LPop(argument: _isa_redis_LPopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  LPop(argument: _isa_redis_LPopRequest, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  lPop(argument: _isa_redis_LPopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  lPop(argument: _isa_redis_LPopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  lPop(argument: _isa_redis_LPopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  lPop(argument: _isa_redis_LPopRequest, callback: grpc.requestCallback<_isa_redis_LPopResponse__Output>): grpc.ClientUnaryCall;
  
  LPush(argument: _isa_redis_LPushRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  LPush(argument: _isa_redis_LPushRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  LPush(argument: _isa_redis_LPushRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  LPush(argument: _isa_redis_LPushRequest, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  lPush(argument: _isa_redis_LPushRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  lPush(argument: _isa_redis_LPushRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  lPush(argument: _isa_redis_LPushRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  lPush(argument: _isa_redis_LPushRequest, callback: grpc.requestCallback<_isa_redis_LPushResponse__Output>): grpc.ClientUnaryCall;
  
  LRange(argument: _isa_redis_LRangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  LRange(argument: _isa_redis_LRangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  LRange(argument: _isa_redis_LRangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  LRange(argument: _isa_redis_LRangeRequest, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  lRange(argument: _isa_redis_LRangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  lRange(argument: _isa_redis_LRangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  lRange(argument: _isa_redis_LRangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  lRange(argument: _isa_redis_LRangeRequest, callback: grpc.requestCallback<_isa_redis_LRangeResponse__Output>): grpc.ClientUnaryCall;
  
  LTrim(argument: _isa_redis_LTrimRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  LTrim(argument: _isa_redis_LTrimRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  LTrim(argument: _isa_redis_LTrimRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  LTrim(argument: _isa_redis_LTrimRequest, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  lTrim(argument: _isa_redis_LTrimRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  lTrim(argument: _isa_redis_LTrimRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  lTrim(argument: _isa_redis_LTrimRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  lTrim(argument: _isa_redis_LTrimRequest, callback: grpc.requestCallback<_isa_redis_LTrimResponse__Output>): grpc.ClientUnaryCall;
  
  ListKeys(argument: _isa_redis_ListKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _isa_redis_ListKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _isa_redis_ListKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _isa_redis_ListKeysRequest, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _isa_redis_ListKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _isa_redis_ListKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _isa_redis_ListKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _isa_redis_ListKeysRequest, callback: grpc.requestCallback<_isa_redis_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  
  ListSessions(argument: _isa_redis_ListSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _isa_redis_ListSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _isa_redis_ListSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListSessions(argument: _isa_redis_ListSessionsRequest, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _isa_redis_ListSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _isa_redis_ListSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _isa_redis_ListSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  listSessions(argument: _isa_redis_ListSessionsRequest, callback: grpc.requestCallback<_isa_redis_ListSessionsResponse__Output>): grpc.ClientUnaryCall;
  
  Publish(argument: _isa_redis_PublishRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  Publish(argument: _isa_redis_PublishRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  Publish(argument: _isa_redis_PublishRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  Publish(argument: _isa_redis_PublishRequest, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_redis_PublishRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_redis_PublishRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_redis_PublishRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_redis_PublishRequest, callback: grpc.requestCallback<_isa_redis_PublishResponse__Output>): grpc.ClientUnaryCall;
  
  RPop(argument: _isa_redis_RPopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  RPop(argument: _isa_redis_RPopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  RPop(argument: _isa_redis_RPopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  RPop(argument: _isa_redis_RPopRequest, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  rPop(argument: _isa_redis_RPopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  rPop(argument: _isa_redis_RPopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  rPop(argument: _isa_redis_RPopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  rPop(argument: _isa_redis_RPopRequest, callback: grpc.requestCallback<_isa_redis_RPopResponse__Output>): grpc.ClientUnaryCall;
  
  RPush(argument: _isa_redis_RPushRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  RPush(argument: _isa_redis_RPushRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  RPush(argument: _isa_redis_RPushRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  RPush(argument: _isa_redis_RPushRequest, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  rPush(argument: _isa_redis_RPushRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  rPush(argument: _isa_redis_RPushRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  rPush(argument: _isa_redis_RPushRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  rPush(argument: _isa_redis_RPushRequest, callback: grpc.requestCallback<_isa_redis_RPushResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseLock(argument: _isa_redis_ReleaseLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  ReleaseLock(argument: _isa_redis_ReleaseLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  ReleaseLock(argument: _isa_redis_ReleaseLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  ReleaseLock(argument: _isa_redis_ReleaseLockRequest, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _isa_redis_ReleaseLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _isa_redis_ReleaseLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _isa_redis_ReleaseLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  releaseLock(argument: _isa_redis_ReleaseLockRequest, callback: grpc.requestCallback<_isa_redis_ReleaseLockResponse__Output>): grpc.ClientUnaryCall;
  
  Rename(argument: _isa_redis_RenameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  Rename(argument: _isa_redis_RenameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  Rename(argument: _isa_redis_RenameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  Rename(argument: _isa_redis_RenameRequest, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  rename(argument: _isa_redis_RenameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  rename(argument: _isa_redis_RenameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  rename(argument: _isa_redis_RenameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  rename(argument: _isa_redis_RenameRequest, callback: grpc.requestCallback<_isa_redis_RenameResponse__Output>): grpc.ClientUnaryCall;
  
  RenewLock(argument: _isa_redis_RenewLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  RenewLock(argument: _isa_redis_RenewLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  RenewLock(argument: _isa_redis_RenewLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  RenewLock(argument: _isa_redis_RenewLockRequest, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  renewLock(argument: _isa_redis_RenewLockRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  renewLock(argument: _isa_redis_RenewLockRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  renewLock(argument: _isa_redis_RenewLockRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  renewLock(argument: _isa_redis_RenewLockRequest, callback: grpc.requestCallback<_isa_redis_RenewLockResponse__Output>): grpc.ClientUnaryCall;
  
  SAdd(argument: _isa_redis_SAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  SAdd(argument: _isa_redis_SAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  SAdd(argument: _isa_redis_SAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  SAdd(argument: _isa_redis_SAddRequest, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  sAdd(argument: _isa_redis_SAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  sAdd(argument: _isa_redis_SAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  sAdd(argument: _isa_redis_SAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  sAdd(argument: _isa_redis_SAddRequest, callback: grpc.requestCallback<_isa_redis_SAddResponse__Output>): grpc.ClientUnaryCall;
  
  SCard(argument: _isa_redis_SCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  SCard(argument: _isa_redis_SCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  SCard(argument: _isa_redis_SCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  SCard(argument: _isa_redis_SCardRequest, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  sCard(argument: _isa_redis_SCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  sCard(argument: _isa_redis_SCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  sCard(argument: _isa_redis_SCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  sCard(argument: _isa_redis_SCardRequest, callback: grpc.requestCallback<_isa_redis_SCardResponse__Output>): grpc.ClientUnaryCall;
  
  SDiff(argument: _isa_redis_SDiffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  SDiff(argument: _isa_redis_SDiffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  SDiff(argument: _isa_redis_SDiffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  SDiff(argument: _isa_redis_SDiffRequest, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  sDiff(argument: _isa_redis_SDiffRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  sDiff(argument: _isa_redis_SDiffRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  sDiff(argument: _isa_redis_SDiffRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  sDiff(argument: _isa_redis_SDiffRequest, callback: grpc.requestCallback<_isa_redis_SDiffResponse__Output>): grpc.ClientUnaryCall;
  
  SInter(argument: _isa_redis_SInterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  SInter(argument: _isa_redis_SInterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  SInter(argument: _isa_redis_SInterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  SInter(argument: _isa_redis_SInterRequest, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  sInter(argument: _isa_redis_SInterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  sInter(argument: _isa_redis_SInterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  sInter(argument: _isa_redis_SInterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  sInter(argument: _isa_redis_SInterRequest, callback: grpc.requestCallback<_isa_redis_SInterResponse__Output>): grpc.ClientUnaryCall;
  
  SIsMember(argument: _isa_redis_SIsMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  SIsMember(argument: _isa_redis_SIsMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  SIsMember(argument: _isa_redis_SIsMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  SIsMember(argument: _isa_redis_SIsMemberRequest, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  sIsMember(argument: _isa_redis_SIsMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  sIsMember(argument: _isa_redis_SIsMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  sIsMember(argument: _isa_redis_SIsMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  sIsMember(argument: _isa_redis_SIsMemberRequest, callback: grpc.requestCallback<_isa_redis_SIsMemberResponse__Output>): grpc.ClientUnaryCall;
  
  SMembers(argument: _isa_redis_SMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  SMembers(argument: _isa_redis_SMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  SMembers(argument: _isa_redis_SMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  SMembers(argument: _isa_redis_SMembersRequest, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  sMembers(argument: _isa_redis_SMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  sMembers(argument: _isa_redis_SMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  sMembers(argument: _isa_redis_SMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  sMembers(argument: _isa_redis_SMembersRequest, callback: grpc.requestCallback<_isa_redis_SMembersResponse__Output>): grpc.ClientUnaryCall;
  
  SRemove(argument: _isa_redis_SRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  SRemove(argument: _isa_redis_SRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  SRemove(argument: _isa_redis_SRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  SRemove(argument: _isa_redis_SRemoveRequest, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  sRemove(argument: _isa_redis_SRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  sRemove(argument: _isa_redis_SRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  sRemove(argument: _isa_redis_SRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  sRemove(argument: _isa_redis_SRemoveRequest, callback: grpc.requestCallback<_isa_redis_SRemoveResponse__Output>): grpc.ClientUnaryCall;
  
  SUnion(argument: _isa_redis_SUnionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  SUnion(argument: _isa_redis_SUnionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  SUnion(argument: _isa_redis_SUnionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  SUnion(argument: _isa_redis_SUnionRequest, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  sUnion(argument: _isa_redis_SUnionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  sUnion(argument: _isa_redis_SUnionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  sUnion(argument: _isa_redis_SUnionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  sUnion(argument: _isa_redis_SUnionRequest, callback: grpc.requestCallback<_isa_redis_SUnionResponse__Output>): grpc.ClientUnaryCall;
  
  Set(argument: _isa_redis_SetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  Set(argument: _isa_redis_SetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  Set(argument: _isa_redis_SetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  Set(argument: _isa_redis_SetRequest, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  set(argument: _isa_redis_SetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  set(argument: _isa_redis_SetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  set(argument: _isa_redis_SetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  set(argument: _isa_redis_SetRequest, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  
  SetWithExpiration(argument: _isa_redis_SetWithExpirationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  SetWithExpiration(argument: _isa_redis_SetWithExpirationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  SetWithExpiration(argument: _isa_redis_SetWithExpirationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  SetWithExpiration(argument: _isa_redis_SetWithExpirationRequest, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  setWithExpiration(argument: _isa_redis_SetWithExpirationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  setWithExpiration(argument: _isa_redis_SetWithExpirationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  setWithExpiration(argument: _isa_redis_SetWithExpirationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  setWithExpiration(argument: _isa_redis_SetWithExpirationRequest, callback: grpc.requestCallback<_isa_redis_SetResponse__Output>): grpc.ClientUnaryCall;
  
  Subscribe(argument: _isa_redis_SubscribeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_redis_MessageResponse__Output>;
  Subscribe(argument: _isa_redis_SubscribeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_redis_MessageResponse__Output>;
  subscribe(argument: _isa_redis_SubscribeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_redis_MessageResponse__Output>;
  subscribe(argument: _isa_redis_SubscribeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_redis_MessageResponse__Output>;
  
  Unsubscribe(argument: _isa_redis_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _isa_redis_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _isa_redis_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _isa_redis_UnsubscribeRequest, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_redis_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_redis_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_redis_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_redis_UnsubscribeRequest, callback: grpc.requestCallback<_isa_redis_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateSession(argument: _isa_redis_UpdateSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  UpdateSession(argument: _isa_redis_UpdateSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  UpdateSession(argument: _isa_redis_UpdateSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  UpdateSession(argument: _isa_redis_UpdateSessionRequest, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  updateSession(argument: _isa_redis_UpdateSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  updateSession(argument: _isa_redis_UpdateSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  updateSession(argument: _isa_redis_UpdateSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  updateSession(argument: _isa_redis_UpdateSessionRequest, callback: grpc.requestCallback<_isa_redis_UpdateSessionResponse__Output>): grpc.ClientUnaryCall;
  
  ZAdd(argument: _isa_redis_ZAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  ZAdd(argument: _isa_redis_ZAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  ZAdd(argument: _isa_redis_ZAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  ZAdd(argument: _isa_redis_ZAddRequest, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  zAdd(argument: _isa_redis_ZAddRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  zAdd(argument: _isa_redis_ZAddRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  zAdd(argument: _isa_redis_ZAddRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  zAdd(argument: _isa_redis_ZAddRequest, callback: grpc.requestCallback<_isa_redis_ZAddResponse__Output>): grpc.ClientUnaryCall;
  
  ZCard(argument: _isa_redis_ZCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  ZCard(argument: _isa_redis_ZCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  ZCard(argument: _isa_redis_ZCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  ZCard(argument: _isa_redis_ZCardRequest, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  zCard(argument: _isa_redis_ZCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  zCard(argument: _isa_redis_ZCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  zCard(argument: _isa_redis_ZCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  zCard(argument: _isa_redis_ZCardRequest, callback: grpc.requestCallback<_isa_redis_ZCardResponse__Output>): grpc.ClientUnaryCall;
  
  ZIncrement(argument: _isa_redis_ZIncrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  ZIncrement(argument: _isa_redis_ZIncrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  ZIncrement(argument: _isa_redis_ZIncrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  ZIncrement(argument: _isa_redis_ZIncrementRequest, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  zIncrement(argument: _isa_redis_ZIncrementRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  zIncrement(argument: _isa_redis_ZIncrementRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  zIncrement(argument: _isa_redis_ZIncrementRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  zIncrement(argument: _isa_redis_ZIncrementRequest, callback: grpc.requestCallback<_isa_redis_ZIncrementResponse__Output>): grpc.ClientUnaryCall;
  
  ZRange(argument: _isa_redis_ZRangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  ZRange(argument: _isa_redis_ZRangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  ZRange(argument: _isa_redis_ZRangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  ZRange(argument: _isa_redis_ZRangeRequest, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  zRange(argument: _isa_redis_ZRangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  zRange(argument: _isa_redis_ZRangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  zRange(argument: _isa_redis_ZRangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  zRange(argument: _isa_redis_ZRangeRequest, callback: grpc.requestCallback<_isa_redis_ZRangeResponse__Output>): grpc.ClientUnaryCall;
  
  ZRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  ZRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  ZRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  ZRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  zRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  zRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  zRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  zRangeByScore(argument: _isa_redis_ZRangeByScoreRequest, callback: grpc.requestCallback<_isa_redis_ZRangeByScoreResponse__Output>): grpc.ClientUnaryCall;
  
  ZRank(argument: _isa_redis_ZRankRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  ZRank(argument: _isa_redis_ZRankRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  ZRank(argument: _isa_redis_ZRankRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  ZRank(argument: _isa_redis_ZRankRequest, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  zRank(argument: _isa_redis_ZRankRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  zRank(argument: _isa_redis_ZRankRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  zRank(argument: _isa_redis_ZRankRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  zRank(argument: _isa_redis_ZRankRequest, callback: grpc.requestCallback<_isa_redis_ZRankResponse__Output>): grpc.ClientUnaryCall;
  
  ZRemove(argument: _isa_redis_ZRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  ZRemove(argument: _isa_redis_ZRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  ZRemove(argument: _isa_redis_ZRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  ZRemove(argument: _isa_redis_ZRemoveRequest, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  zRemove(argument: _isa_redis_ZRemoveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  zRemove(argument: _isa_redis_ZRemoveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  zRemove(argument: _isa_redis_ZRemoveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  zRemove(argument: _isa_redis_ZRemoveRequest, callback: grpc.requestCallback<_isa_redis_ZRemoveResponse__Output>): grpc.ClientUnaryCall;
  
  ZScore(argument: _isa_redis_ZScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  ZScore(argument: _isa_redis_ZScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  ZScore(argument: _isa_redis_ZScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  ZScore(argument: _isa_redis_ZScoreRequest, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  zScore(argument: _isa_redis_ZScoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  zScore(argument: _isa_redis_ZScoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  zScore(argument: _isa_redis_ZScoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  zScore(argument: _isa_redis_ZScoreRequest, callback: grpc.requestCallback<_isa_redis_ZScoreResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface RedisServiceHandlers extends grpc.UntypedServiceImplementation {
  AcquireLock: grpc.handleUnaryCall<_isa_redis_AcquireLockRequest__Output, _isa_redis_AcquireLockResponse>;
  
  Append: grpc.handleUnaryCall<_isa_redis_AppendRequest__Output, _isa_redis_AppendResponse>;
  
  CreateSession: grpc.handleUnaryCall<_isa_redis_CreateSessionRequest__Output, _isa_redis_CreateSessionResponse>;
  
  Decrement: grpc.handleUnaryCall<_isa_redis_DecrementRequest__Output, _isa_redis_DecrementResponse>;
  
  Delete: grpc.handleUnaryCall<_isa_redis_DeleteRequest__Output, _isa_redis_DeleteResponse>;
  
  DeleteMultiple: grpc.handleUnaryCall<_isa_redis_DeleteMultipleRequest__Output, _isa_redis_DeleteResponse>;
  
  DeleteSession: grpc.handleUnaryCall<_isa_redis_DeleteSessionRequest__Output, _isa_redis_DeleteSessionResponse>;
  
  ExecuteBatch: grpc.handleUnaryCall<_isa_redis_RedisBatchRequest__Output, _isa_redis_RedisBatchResponse>;
  
  Exists: grpc.handleUnaryCall<_isa_redis_ExistsRequest__Output, _isa_redis_ExistsResponse>;
  
  Expire: grpc.handleUnaryCall<_isa_redis_ExpireRequest__Output, _isa_redis_ExpireResponse>;
  
  Get: grpc.handleUnaryCall<_isa_redis_GetRequest__Output, _isa_redis_GetResponse>;
  
  GetKeyInfo: grpc.handleUnaryCall<_isa_redis_GetKeyInfoRequest__Output, _isa_redis_GetKeyInfoResponse>;
  
  GetMultiple: grpc.handleUnaryCall<_isa_redis_GetMultipleRequest__Output, _isa_redis_GetMultipleResponse>;
  
  GetSession: grpc.handleUnaryCall<_isa_redis_GetSessionRequest__Output, _isa_redis_GetSessionResponse>;
  
  GetStatistics: grpc.handleUnaryCall<_isa_redis_GetStatisticsRequest__Output, _isa_redis_GetStatisticsResponse>;
  
  GetTTL: grpc.handleUnaryCall<_isa_redis_GetTTLRequest__Output, _isa_redis_GetTTLResponse>;
  
  HDelete: grpc.handleUnaryCall<_isa_redis_HDeleteRequest__Output, _isa_redis_HDeleteResponse>;
  
  HExists: grpc.handleUnaryCall<_isa_redis_HExistsRequest__Output, _isa_redis_HExistsResponse>;
  
  HGet: grpc.handleUnaryCall<_isa_redis_HGetRequest__Output, _isa_redis_HGetResponse>;
  
  HGetAll: grpc.handleUnaryCall<_isa_redis_HGetAllRequest__Output, _isa_redis_HGetAllResponse>;
  
  HIncrement: grpc.handleUnaryCall<_isa_redis_HIncrementRequest__Output, _isa_redis_HIncrementResponse>;
  
  HKeys: grpc.handleUnaryCall<_isa_redis_HKeysRequest__Output, _isa_redis_HKeysResponse>;
  
  HSet: grpc.handleUnaryCall<_isa_redis_HSetRequest__Output, _isa_redis_HSetResponse>;
  
  HValues: grpc.handleUnaryCall<_isa_redis_HValuesRequest__Output, _isa_redis_HValuesResponse>;
  
  HealthCheck: grpc.handleUnaryCall<_isa_redis_RedisHealthCheckRequest__Output, _isa_redis_RedisHealthCheckResponse>;
  
  Increment: grpc.handleUnaryCall<_isa_redis_IncrementRequest__Output, _isa_redis_IncrementResponse>;
  
  LIndex: grpc.handleUnaryCall<_isa_redis_LIndexRequest__Output, _isa_redis_LIndexResponse>;
  
  LLen: grpc.handleUnaryCall<_isa_redis_LLenRequest__Output, _isa_redis_LLenResponse>;
  
  LPop: grpc.handleUnaryCall<_isa_redis_LPopRequest__Output, _isa_redis_LPopResponse>;
  
  LPush: grpc.handleUnaryCall<_isa_redis_LPushRequest__Output, _isa_redis_LPushResponse>;
  
  LRange: grpc.handleUnaryCall<_isa_redis_LRangeRequest__Output, _isa_redis_LRangeResponse>;
  
  LTrim: grpc.handleUnaryCall<_isa_redis_LTrimRequest__Output, _isa_redis_LTrimResponse>;
  
  ListKeys: grpc.handleUnaryCall<_isa_redis_ListKeysRequest__Output, _isa_redis_ListKeysResponse>;
  
  ListSessions: grpc.handleUnaryCall<_isa_redis_ListSessionsRequest__Output, _isa_redis_ListSessionsResponse>;
  
  Publish: grpc.handleUnaryCall<_isa_redis_PublishRequest__Output, _isa_redis_PublishResponse>;
  
  RPop: grpc.handleUnaryCall<_isa_redis_RPopRequest__Output, _isa_redis_RPopResponse>;
  
  RPush: grpc.handleUnaryCall<_isa_redis_RPushRequest__Output, _isa_redis_RPushResponse>;
  
  ReleaseLock: grpc.handleUnaryCall<_isa_redis_ReleaseLockRequest__Output, _isa_redis_ReleaseLockResponse>;
  
  Rename: grpc.handleUnaryCall<_isa_redis_RenameRequest__Output, _isa_redis_RenameResponse>;
  
  RenewLock: grpc.handleUnaryCall<_isa_redis_RenewLockRequest__Output, _isa_redis_RenewLockResponse>;
  
  SAdd: grpc.handleUnaryCall<_isa_redis_SAddRequest__Output, _isa_redis_SAddResponse>;
  
  SCard: grpc.handleUnaryCall<_isa_redis_SCardRequest__Output, _isa_redis_SCardResponse>;
  
  SDiff: grpc.handleUnaryCall<_isa_redis_SDiffRequest__Output, _isa_redis_SDiffResponse>;
  
  SInter: grpc.handleUnaryCall<_isa_redis_SInterRequest__Output, _isa_redis_SInterResponse>;
  
  SIsMember: grpc.handleUnaryCall<_isa_redis_SIsMemberRequest__Output, _isa_redis_SIsMemberResponse>;
  
  SMembers: grpc.handleUnaryCall<_isa_redis_SMembersRequest__Output, _isa_redis_SMembersResponse>;
  
  SRemove: grpc.handleUnaryCall<_isa_redis_SRemoveRequest__Output, _isa_redis_SRemoveResponse>;
  
  SUnion: grpc.handleUnaryCall<_isa_redis_SUnionRequest__Output, _isa_redis_SUnionResponse>;
  
  Set: grpc.handleUnaryCall<_isa_redis_SetRequest__Output, _isa_redis_SetResponse>;
  
  SetWithExpiration: grpc.handleUnaryCall<_isa_redis_SetWithExpirationRequest__Output, _isa_redis_SetResponse>;
  
  Subscribe: grpc.handleServerStreamingCall<_isa_redis_SubscribeRequest__Output, _isa_redis_MessageResponse>;
  
  Unsubscribe: grpc.handleUnaryCall<_isa_redis_UnsubscribeRequest__Output, _isa_redis_UnsubscribeResponse>;
  
  UpdateSession: grpc.handleUnaryCall<_isa_redis_UpdateSessionRequest__Output, _isa_redis_UpdateSessionResponse>;
  
  ZAdd: grpc.handleUnaryCall<_isa_redis_ZAddRequest__Output, _isa_redis_ZAddResponse>;
  
  ZCard: grpc.handleUnaryCall<_isa_redis_ZCardRequest__Output, _isa_redis_ZCardResponse>;
  
  ZIncrement: grpc.handleUnaryCall<_isa_redis_ZIncrementRequest__Output, _isa_redis_ZIncrementResponse>;
  
  ZRange: grpc.handleUnaryCall<_isa_redis_ZRangeRequest__Output, _isa_redis_ZRangeResponse>;
  
  ZRangeByScore: grpc.handleUnaryCall<_isa_redis_ZRangeByScoreRequest__Output, _isa_redis_ZRangeByScoreResponse>;
  
  ZRank: grpc.handleUnaryCall<_isa_redis_ZRankRequest__Output, _isa_redis_ZRankResponse>;
  
  ZRemove: grpc.handleUnaryCall<_isa_redis_ZRemoveRequest__Output, _isa_redis_ZRemoveResponse>;
  
  ZScore: grpc.handleUnaryCall<_isa_redis_ZScoreRequest__Output, _isa_redis_ZScoreResponse>;
  
}

export interface RedisServiceDefinition extends grpc.ServiceDefinition {
  AcquireLock: MethodDefinition<_isa_redis_AcquireLockRequest, _isa_redis_AcquireLockResponse, _isa_redis_AcquireLockRequest__Output, _isa_redis_AcquireLockResponse__Output>
  Append: MethodDefinition<_isa_redis_AppendRequest, _isa_redis_AppendResponse, _isa_redis_AppendRequest__Output, _isa_redis_AppendResponse__Output>
  CreateSession: MethodDefinition<_isa_redis_CreateSessionRequest, _isa_redis_CreateSessionResponse, _isa_redis_CreateSessionRequest__Output, _isa_redis_CreateSessionResponse__Output>
  Decrement: MethodDefinition<_isa_redis_DecrementRequest, _isa_redis_DecrementResponse, _isa_redis_DecrementRequest__Output, _isa_redis_DecrementResponse__Output>
  Delete: MethodDefinition<_isa_redis_DeleteRequest, _isa_redis_DeleteResponse, _isa_redis_DeleteRequest__Output, _isa_redis_DeleteResponse__Output>
  DeleteMultiple: MethodDefinition<_isa_redis_DeleteMultipleRequest, _isa_redis_DeleteResponse, _isa_redis_DeleteMultipleRequest__Output, _isa_redis_DeleteResponse__Output>
  DeleteSession: MethodDefinition<_isa_redis_DeleteSessionRequest, _isa_redis_DeleteSessionResponse, _isa_redis_DeleteSessionRequest__Output, _isa_redis_DeleteSessionResponse__Output>
  ExecuteBatch: MethodDefinition<_isa_redis_RedisBatchRequest, _isa_redis_RedisBatchResponse, _isa_redis_RedisBatchRequest__Output, _isa_redis_RedisBatchResponse__Output>
  Exists: MethodDefinition<_isa_redis_ExistsRequest, _isa_redis_ExistsResponse, _isa_redis_ExistsRequest__Output, _isa_redis_ExistsResponse__Output>
  Expire: MethodDefinition<_isa_redis_ExpireRequest, _isa_redis_ExpireResponse, _isa_redis_ExpireRequest__Output, _isa_redis_ExpireResponse__Output>
  Get: MethodDefinition<_isa_redis_GetRequest, _isa_redis_GetResponse, _isa_redis_GetRequest__Output, _isa_redis_GetResponse__Output>
  GetKeyInfo: MethodDefinition<_isa_redis_GetKeyInfoRequest, _isa_redis_GetKeyInfoResponse, _isa_redis_GetKeyInfoRequest__Output, _isa_redis_GetKeyInfoResponse__Output>
  GetMultiple: MethodDefinition<_isa_redis_GetMultipleRequest, _isa_redis_GetMultipleResponse, _isa_redis_GetMultipleRequest__Output, _isa_redis_GetMultipleResponse__Output>
  GetSession: MethodDefinition<_isa_redis_GetSessionRequest, _isa_redis_GetSessionResponse, _isa_redis_GetSessionRequest__Output, _isa_redis_GetSessionResponse__Output>
  GetStatistics: MethodDefinition<_isa_redis_GetStatisticsRequest, _isa_redis_GetStatisticsResponse, _isa_redis_GetStatisticsRequest__Output, _isa_redis_GetStatisticsResponse__Output>
  GetTTL: MethodDefinition<_isa_redis_GetTTLRequest, _isa_redis_GetTTLResponse, _isa_redis_GetTTLRequest__Output, _isa_redis_GetTTLResponse__Output>
  HDelete: MethodDefinition<_isa_redis_HDeleteRequest, _isa_redis_HDeleteResponse, _isa_redis_HDeleteRequest__Output, _isa_redis_HDeleteResponse__Output>
  HExists: MethodDefinition<_isa_redis_HExistsRequest, _isa_redis_HExistsResponse, _isa_redis_HExistsRequest__Output, _isa_redis_HExistsResponse__Output>
  HGet: MethodDefinition<_isa_redis_HGetRequest, _isa_redis_HGetResponse, _isa_redis_HGetRequest__Output, _isa_redis_HGetResponse__Output>
  HGetAll: MethodDefinition<_isa_redis_HGetAllRequest, _isa_redis_HGetAllResponse, _isa_redis_HGetAllRequest__Output, _isa_redis_HGetAllResponse__Output>
  HIncrement: MethodDefinition<_isa_redis_HIncrementRequest, _isa_redis_HIncrementResponse, _isa_redis_HIncrementRequest__Output, _isa_redis_HIncrementResponse__Output>
  HKeys: MethodDefinition<_isa_redis_HKeysRequest, _isa_redis_HKeysResponse, _isa_redis_HKeysRequest__Output, _isa_redis_HKeysResponse__Output>
  HSet: MethodDefinition<_isa_redis_HSetRequest, _isa_redis_HSetResponse, _isa_redis_HSetRequest__Output, _isa_redis_HSetResponse__Output>
  HValues: MethodDefinition<_isa_redis_HValuesRequest, _isa_redis_HValuesResponse, _isa_redis_HValuesRequest__Output, _isa_redis_HValuesResponse__Output>
  HealthCheck: MethodDefinition<_isa_redis_RedisHealthCheckRequest, _isa_redis_RedisHealthCheckResponse, _isa_redis_RedisHealthCheckRequest__Output, _isa_redis_RedisHealthCheckResponse__Output>
  Increment: MethodDefinition<_isa_redis_IncrementRequest, _isa_redis_IncrementResponse, _isa_redis_IncrementRequest__Output, _isa_redis_IncrementResponse__Output>
  LIndex: MethodDefinition<_isa_redis_LIndexRequest, _isa_redis_LIndexResponse, _isa_redis_LIndexRequest__Output, _isa_redis_LIndexResponse__Output>
  LLen: MethodDefinition<_isa_redis_LLenRequest, _isa_redis_LLenResponse, _isa_redis_LLenRequest__Output, _isa_redis_LLenResponse__Output>
  LPop: MethodDefinition<_isa_redis_LPopRequest, _isa_redis_LPopResponse, _isa_redis_LPopRequest__Output, _isa_redis_LPopResponse__Output>
  LPush: MethodDefinition<_isa_redis_LPushRequest, _isa_redis_LPushResponse, _isa_redis_LPushRequest__Output, _isa_redis_LPushResponse__Output>
  LRange: MethodDefinition<_isa_redis_LRangeRequest, _isa_redis_LRangeResponse, _isa_redis_LRangeRequest__Output, _isa_redis_LRangeResponse__Output>
  LTrim: MethodDefinition<_isa_redis_LTrimRequest, _isa_redis_LTrimResponse, _isa_redis_LTrimRequest__Output, _isa_redis_LTrimResponse__Output>
  ListKeys: MethodDefinition<_isa_redis_ListKeysRequest, _isa_redis_ListKeysResponse, _isa_redis_ListKeysRequest__Output, _isa_redis_ListKeysResponse__Output>
  ListSessions: MethodDefinition<_isa_redis_ListSessionsRequest, _isa_redis_ListSessionsResponse, _isa_redis_ListSessionsRequest__Output, _isa_redis_ListSessionsResponse__Output>
  Publish: MethodDefinition<_isa_redis_PublishRequest, _isa_redis_PublishResponse, _isa_redis_PublishRequest__Output, _isa_redis_PublishResponse__Output>
  RPop: MethodDefinition<_isa_redis_RPopRequest, _isa_redis_RPopResponse, _isa_redis_RPopRequest__Output, _isa_redis_RPopResponse__Output>
  RPush: MethodDefinition<_isa_redis_RPushRequest, _isa_redis_RPushResponse, _isa_redis_RPushRequest__Output, _isa_redis_RPushResponse__Output>
  ReleaseLock: MethodDefinition<_isa_redis_ReleaseLockRequest, _isa_redis_ReleaseLockResponse, _isa_redis_ReleaseLockRequest__Output, _isa_redis_ReleaseLockResponse__Output>
  Rename: MethodDefinition<_isa_redis_RenameRequest, _isa_redis_RenameResponse, _isa_redis_RenameRequest__Output, _isa_redis_RenameResponse__Output>
  RenewLock: MethodDefinition<_isa_redis_RenewLockRequest, _isa_redis_RenewLockResponse, _isa_redis_RenewLockRequest__Output, _isa_redis_RenewLockResponse__Output>
  SAdd: MethodDefinition<_isa_redis_SAddRequest, _isa_redis_SAddResponse, _isa_redis_SAddRequest__Output, _isa_redis_SAddResponse__Output>
  SCard: MethodDefinition<_isa_redis_SCardRequest, _isa_redis_SCardResponse, _isa_redis_SCardRequest__Output, _isa_redis_SCardResponse__Output>
  SDiff: MethodDefinition<_isa_redis_SDiffRequest, _isa_redis_SDiffResponse, _isa_redis_SDiffRequest__Output, _isa_redis_SDiffResponse__Output>
  SInter: MethodDefinition<_isa_redis_SInterRequest, _isa_redis_SInterResponse, _isa_redis_SInterRequest__Output, _isa_redis_SInterResponse__Output>
  SIsMember: MethodDefinition<_isa_redis_SIsMemberRequest, _isa_redis_SIsMemberResponse, _isa_redis_SIsMemberRequest__Output, _isa_redis_SIsMemberResponse__Output>
  SMembers: MethodDefinition<_isa_redis_SMembersRequest, _isa_redis_SMembersResponse, _isa_redis_SMembersRequest__Output, _isa_redis_SMembersResponse__Output>
  SRemove: MethodDefinition<_isa_redis_SRemoveRequest, _isa_redis_SRemoveResponse, _isa_redis_SRemoveRequest__Output, _isa_redis_SRemoveResponse__Output>
  SUnion: MethodDefinition<_isa_redis_SUnionRequest, _isa_redis_SUnionResponse, _isa_redis_SUnionRequest__Output, _isa_redis_SUnionResponse__Output>
  Set: MethodDefinition<_isa_redis_SetRequest, _isa_redis_SetResponse, _isa_redis_SetRequest__Output, _isa_redis_SetResponse__Output>
  SetWithExpiration: MethodDefinition<_isa_redis_SetWithExpirationRequest, _isa_redis_SetResponse, _isa_redis_SetWithExpirationRequest__Output, _isa_redis_SetResponse__Output>
  Subscribe: MethodDefinition<_isa_redis_SubscribeRequest, _isa_redis_MessageResponse, _isa_redis_SubscribeRequest__Output, _isa_redis_MessageResponse__Output>
  Unsubscribe: MethodDefinition<_isa_redis_UnsubscribeRequest, _isa_redis_UnsubscribeResponse, _isa_redis_UnsubscribeRequest__Output, _isa_redis_UnsubscribeResponse__Output>
  UpdateSession: MethodDefinition<_isa_redis_UpdateSessionRequest, _isa_redis_UpdateSessionResponse, _isa_redis_UpdateSessionRequest__Output, _isa_redis_UpdateSessionResponse__Output>
  ZAdd: MethodDefinition<_isa_redis_ZAddRequest, _isa_redis_ZAddResponse, _isa_redis_ZAddRequest__Output, _isa_redis_ZAddResponse__Output>
  ZCard: MethodDefinition<_isa_redis_ZCardRequest, _isa_redis_ZCardResponse, _isa_redis_ZCardRequest__Output, _isa_redis_ZCardResponse__Output>
  ZIncrement: MethodDefinition<_isa_redis_ZIncrementRequest, _isa_redis_ZIncrementResponse, _isa_redis_ZIncrementRequest__Output, _isa_redis_ZIncrementResponse__Output>
  ZRange: MethodDefinition<_isa_redis_ZRangeRequest, _isa_redis_ZRangeResponse, _isa_redis_ZRangeRequest__Output, _isa_redis_ZRangeResponse__Output>
  ZRangeByScore: MethodDefinition<_isa_redis_ZRangeByScoreRequest, _isa_redis_ZRangeByScoreResponse, _isa_redis_ZRangeByScoreRequest__Output, _isa_redis_ZRangeByScoreResponse__Output>
  ZRank: MethodDefinition<_isa_redis_ZRankRequest, _isa_redis_ZRankResponse, _isa_redis_ZRankRequest__Output, _isa_redis_ZRankResponse__Output>
  ZRemove: MethodDefinition<_isa_redis_ZRemoveRequest, _isa_redis_ZRemoveResponse, _isa_redis_ZRemoveRequest__Output, _isa_redis_ZRemoveResponse__Output>
  ZScore: MethodDefinition<_isa_redis_ZScoreRequest, _isa_redis_ZScoreResponse, _isa_redis_ZScoreRequest__Output, _isa_redis_ZScoreResponse__Output>
}
