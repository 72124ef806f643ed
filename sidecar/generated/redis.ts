import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { AcquireLockRequest as _isa_redis_AcquireLockRequest, AcquireLockRequest__Output as _isa_redis_AcquireLockRequest__Output } from './isa/redis/AcquireLockRequest';
import type { AcquireLockResponse as _isa_redis_AcquireLockResponse, AcquireLockResponse__Output as _isa_redis_AcquireLockResponse__Output } from './isa/redis/AcquireLockResponse';
import type { AppendRequest as _isa_redis_AppendRequest, AppendRequest__Output as _isa_redis_AppendRequest__Output } from './isa/redis/AppendRequest';
import type { AppendResponse as _isa_redis_AppendResponse, AppendResponse__Output as _isa_redis_AppendResponse__Output } from './isa/redis/AppendResponse';
import type { BatchCommand as _isa_redis_BatchCommand, BatchCommand__Output as _isa_redis_BatchCommand__Output } from './isa/redis/BatchCommand';
import type { CreateSessionRequest as _isa_redis_CreateSessionRequest, CreateSessionRequest__Output as _isa_redis_CreateSessionRequest__Output } from './isa/redis/CreateSessionRequest';
import type { CreateSessionResponse as _isa_redis_CreateSessionResponse, CreateSessionResponse__Output as _isa_redis_CreateSessionResponse__Output } from './isa/redis/CreateSessionResponse';
import type { DecrementRequest as _isa_redis_DecrementRequest, DecrementRequest__Output as _isa_redis_DecrementRequest__Output } from './isa/redis/DecrementRequest';
import type { DecrementResponse as _isa_redis_DecrementResponse, DecrementResponse__Output as _isa_redis_DecrementResponse__Output } from './isa/redis/DecrementResponse';
import type { DeleteMultipleRequest as _isa_redis_DeleteMultipleRequest, DeleteMultipleRequest__Output as _isa_redis_DeleteMultipleRequest__Output } from './isa/redis/DeleteMultipleRequest';
import type { DeleteRequest as _isa_redis_DeleteRequest, DeleteRequest__Output as _isa_redis_DeleteRequest__Output } from './isa/redis/DeleteRequest';
import type { DeleteResponse as _isa_redis_DeleteResponse, DeleteResponse__Output as _isa_redis_DeleteResponse__Output } from './isa/redis/DeleteResponse';
import type { DeleteSessionRequest as _isa_redis_DeleteSessionRequest, DeleteSessionRequest__Output as _isa_redis_DeleteSessionRequest__Output } from './isa/redis/DeleteSessionRequest';
import type { DeleteSessionResponse as _isa_redis_DeleteSessionResponse, DeleteSessionResponse__Output as _isa_redis_DeleteSessionResponse__Output } from './isa/redis/DeleteSessionResponse';
import type { ExistsRequest as _isa_redis_ExistsRequest, ExistsRequest__Output as _isa_redis_ExistsRequest__Output } from './isa/redis/ExistsRequest';
import type { ExistsResponse as _isa_redis_ExistsResponse, ExistsResponse__Output as _isa_redis_ExistsResponse__Output } from './isa/redis/ExistsResponse';
import type { ExpireRequest as _isa_redis_ExpireRequest, ExpireRequest__Output as _isa_redis_ExpireRequest__Output } from './isa/redis/ExpireRequest';
import type { ExpireResponse as _isa_redis_ExpireResponse, ExpireResponse__Output as _isa_redis_ExpireResponse__Output } from './isa/redis/ExpireResponse';
import type { GetKeyInfoRequest as _isa_redis_GetKeyInfoRequest, GetKeyInfoRequest__Output as _isa_redis_GetKeyInfoRequest__Output } from './isa/redis/GetKeyInfoRequest';
import type { GetKeyInfoResponse as _isa_redis_GetKeyInfoResponse, GetKeyInfoResponse__Output as _isa_redis_GetKeyInfoResponse__Output } from './isa/redis/GetKeyInfoResponse';
import type { GetMultipleRequest as _isa_redis_GetMultipleRequest, GetMultipleRequest__Output as _isa_redis_GetMultipleRequest__Output } from './isa/redis/GetMultipleRequest';
import type { GetMultipleResponse as _isa_redis_GetMultipleResponse, GetMultipleResponse__Output as _isa_redis_GetMultipleResponse__Output } from './isa/redis/GetMultipleResponse';
import type { GetRequest as _isa_redis_GetRequest, GetRequest__Output as _isa_redis_GetRequest__Output } from './isa/redis/GetRequest';
import type { GetResponse as _isa_redis_GetResponse, GetResponse__Output as _isa_redis_GetResponse__Output } from './isa/redis/GetResponse';
import type { GetSessionRequest as _isa_redis_GetSessionRequest, GetSessionRequest__Output as _isa_redis_GetSessionRequest__Output } from './isa/redis/GetSessionRequest';
import type { GetSessionResponse as _isa_redis_GetSessionResponse, GetSessionResponse__Output as _isa_redis_GetSessionResponse__Output } from './isa/redis/GetSessionResponse';
import type { GetStatisticsRequest as _isa_redis_GetStatisticsRequest, GetStatisticsRequest__Output as _isa_redis_GetStatisticsRequest__Output } from './isa/redis/GetStatisticsRequest';
import type { GetStatisticsResponse as _isa_redis_GetStatisticsResponse, GetStatisticsResponse__Output as _isa_redis_GetStatisticsResponse__Output } from './isa/redis/GetStatisticsResponse';
import type { GetTTLRequest as _isa_redis_GetTTLRequest, GetTTLRequest__Output as _isa_redis_GetTTLRequest__Output } from './isa/redis/GetTTLRequest';
import type { GetTTLResponse as _isa_redis_GetTTLResponse, GetTTLResponse__Output as _isa_redis_GetTTLResponse__Output } from './isa/redis/GetTTLResponse';
import type { HDeleteRequest as _isa_redis_HDeleteRequest, HDeleteRequest__Output as _isa_redis_HDeleteRequest__Output } from './isa/redis/HDeleteRequest';
import type { HDeleteResponse as _isa_redis_HDeleteResponse, HDeleteResponse__Output as _isa_redis_HDeleteResponse__Output } from './isa/redis/HDeleteResponse';
import type { HExistsRequest as _isa_redis_HExistsRequest, HExistsRequest__Output as _isa_redis_HExistsRequest__Output } from './isa/redis/HExistsRequest';
import type { HExistsResponse as _isa_redis_HExistsResponse, HExistsResponse__Output as _isa_redis_HExistsResponse__Output } from './isa/redis/HExistsResponse';
import type { HGetAllRequest as _isa_redis_HGetAllRequest, HGetAllRequest__Output as _isa_redis_HGetAllRequest__Output } from './isa/redis/HGetAllRequest';
import type { HGetAllResponse as _isa_redis_HGetAllResponse, HGetAllResponse__Output as _isa_redis_HGetAllResponse__Output } from './isa/redis/HGetAllResponse';
import type { HGetRequest as _isa_redis_HGetRequest, HGetRequest__Output as _isa_redis_HGetRequest__Output } from './isa/redis/HGetRequest';
import type { HGetResponse as _isa_redis_HGetResponse, HGetResponse__Output as _isa_redis_HGetResponse__Output } from './isa/redis/HGetResponse';
import type { HIncrementRequest as _isa_redis_HIncrementRequest, HIncrementRequest__Output as _isa_redis_HIncrementRequest__Output } from './isa/redis/HIncrementRequest';
import type { HIncrementResponse as _isa_redis_HIncrementResponse, HIncrementResponse__Output as _isa_redis_HIncrementResponse__Output } from './isa/redis/HIncrementResponse';
import type { HKeysRequest as _isa_redis_HKeysRequest, HKeysRequest__Output as _isa_redis_HKeysRequest__Output } from './isa/redis/HKeysRequest';
import type { HKeysResponse as _isa_redis_HKeysResponse, HKeysResponse__Output as _isa_redis_HKeysResponse__Output } from './isa/redis/HKeysResponse';
import type { HSetRequest as _isa_redis_HSetRequest, HSetRequest__Output as _isa_redis_HSetRequest__Output } from './isa/redis/HSetRequest';
import type { HSetResponse as _isa_redis_HSetResponse, HSetResponse__Output as _isa_redis_HSetResponse__Output } from './isa/redis/HSetResponse';
import type { HValuesRequest as _isa_redis_HValuesRequest, HValuesRequest__Output as _isa_redis_HValuesRequest__Output } from './isa/redis/HValuesRequest';
import type { HValuesResponse as _isa_redis_HValuesResponse, HValuesResponse__Output as _isa_redis_HValuesResponse__Output } from './isa/redis/HValuesResponse';
import type { HashField as _isa_redis_HashField, HashField__Output as _isa_redis_HashField__Output } from './isa/redis/HashField';
import type { IncrementRequest as _isa_redis_IncrementRequest, IncrementRequest__Output as _isa_redis_IncrementRequest__Output } from './isa/redis/IncrementRequest';
import type { IncrementResponse as _isa_redis_IncrementResponse, IncrementResponse__Output as _isa_redis_IncrementResponse__Output } from './isa/redis/IncrementResponse';
import type { KeyValue as _isa_redis_KeyValue, KeyValue__Output as _isa_redis_KeyValue__Output } from './isa/redis/KeyValue';
import type { LIndexRequest as _isa_redis_LIndexRequest, LIndexRequest__Output as _isa_redis_LIndexRequest__Output } from './isa/redis/LIndexRequest';
import type { LIndexResponse as _isa_redis_LIndexResponse, LIndexResponse__Output as _isa_redis_LIndexResponse__Output } from './isa/redis/LIndexResponse';
import type { LLenRequest as _isa_redis_LLenRequest, LLenRequest__Output as _isa_redis_LLenRequest__Output } from './isa/redis/LLenRequest';
import type { LLenResponse as _isa_redis_LLenResponse, LLenResponse__Output as _isa_redis_LLenResponse__Output } from './isa/redis/LLenResponse';
import type { LPopRequest as _isa_redis_LPopRequest, LPopRequest__Output as _isa_redis_LPopRequest__Output } from './isa/redis/LPopRequest';
import type { LPopResponse as _isa_redis_LPopResponse, LPopResponse__Output as _isa_redis_LPopResponse__Output } from './isa/redis/LPopResponse';
import type { LPushRequest as _isa_redis_LPushRequest, LPushRequest__Output as _isa_redis_LPushRequest__Output } from './isa/redis/LPushRequest';
import type { LPushResponse as _isa_redis_LPushResponse, LPushResponse__Output as _isa_redis_LPushResponse__Output } from './isa/redis/LPushResponse';
import type { LRangeRequest as _isa_redis_LRangeRequest, LRangeRequest__Output as _isa_redis_LRangeRequest__Output } from './isa/redis/LRangeRequest';
import type { LRangeResponse as _isa_redis_LRangeResponse, LRangeResponse__Output as _isa_redis_LRangeResponse__Output } from './isa/redis/LRangeResponse';
import type { LTrimRequest as _isa_redis_LTrimRequest, LTrimRequest__Output as _isa_redis_LTrimRequest__Output } from './isa/redis/LTrimRequest';
import type { LTrimResponse as _isa_redis_LTrimResponse, LTrimResponse__Output as _isa_redis_LTrimResponse__Output } from './isa/redis/LTrimResponse';
import type { ListKeysRequest as _isa_redis_ListKeysRequest, ListKeysRequest__Output as _isa_redis_ListKeysRequest__Output } from './isa/redis/ListKeysRequest';
import type { ListKeysResponse as _isa_redis_ListKeysResponse, ListKeysResponse__Output as _isa_redis_ListKeysResponse__Output } from './isa/redis/ListKeysResponse';
import type { ListSessionsRequest as _isa_redis_ListSessionsRequest, ListSessionsRequest__Output as _isa_redis_ListSessionsRequest__Output } from './isa/redis/ListSessionsRequest';
import type { ListSessionsResponse as _isa_redis_ListSessionsResponse, ListSessionsResponse__Output as _isa_redis_ListSessionsResponse__Output } from './isa/redis/ListSessionsResponse';
import type { MessageResponse as _isa_redis_MessageResponse, MessageResponse__Output as _isa_redis_MessageResponse__Output } from './isa/redis/MessageResponse';
import type { PublishRequest as _isa_redis_PublishRequest, PublishRequest__Output as _isa_redis_PublishRequest__Output } from './isa/redis/PublishRequest';
import type { PublishResponse as _isa_redis_PublishResponse, PublishResponse__Output as _isa_redis_PublishResponse__Output } from './isa/redis/PublishResponse';
import type { RPopRequest as _isa_redis_RPopRequest, RPopRequest__Output as _isa_redis_RPopRequest__Output } from './isa/redis/RPopRequest';
import type { RPopResponse as _isa_redis_RPopResponse, RPopResponse__Output as _isa_redis_RPopResponse__Output } from './isa/redis/RPopResponse';
import type { RPushRequest as _isa_redis_RPushRequest, RPushRequest__Output as _isa_redis_RPushRequest__Output } from './isa/redis/RPushRequest';
import type { RPushResponse as _isa_redis_RPushResponse, RPushResponse__Output as _isa_redis_RPushResponse__Output } from './isa/redis/RPushResponse';
import type { RedisBatchRequest as _isa_redis_RedisBatchRequest, RedisBatchRequest__Output as _isa_redis_RedisBatchRequest__Output } from './isa/redis/RedisBatchRequest';
import type { RedisBatchResponse as _isa_redis_RedisBatchResponse, RedisBatchResponse__Output as _isa_redis_RedisBatchResponse__Output } from './isa/redis/RedisBatchResponse';
import type { RedisHealthCheckRequest as _isa_redis_RedisHealthCheckRequest, RedisHealthCheckRequest__Output as _isa_redis_RedisHealthCheckRequest__Output } from './isa/redis/RedisHealthCheckRequest';
import type { RedisHealthCheckResponse as _isa_redis_RedisHealthCheckResponse, RedisHealthCheckResponse__Output as _isa_redis_RedisHealthCheckResponse__Output } from './isa/redis/RedisHealthCheckResponse';
import type { RedisServiceClient as _isa_redis_RedisServiceClient, RedisServiceDefinition as _isa_redis_RedisServiceDefinition } from './isa/redis/RedisService';
import type { ReleaseLockRequest as _isa_redis_ReleaseLockRequest, ReleaseLockRequest__Output as _isa_redis_ReleaseLockRequest__Output } from './isa/redis/ReleaseLockRequest';
import type { ReleaseLockResponse as _isa_redis_ReleaseLockResponse, ReleaseLockResponse__Output as _isa_redis_ReleaseLockResponse__Output } from './isa/redis/ReleaseLockResponse';
import type { RenameRequest as _isa_redis_RenameRequest, RenameRequest__Output as _isa_redis_RenameRequest__Output } from './isa/redis/RenameRequest';
import type { RenameResponse as _isa_redis_RenameResponse, RenameResponse__Output as _isa_redis_RenameResponse__Output } from './isa/redis/RenameResponse';
import type { RenewLockRequest as _isa_redis_RenewLockRequest, RenewLockRequest__Output as _isa_redis_RenewLockRequest__Output } from './isa/redis/RenewLockRequest';
import type { RenewLockResponse as _isa_redis_RenewLockResponse, RenewLockResponse__Output as _isa_redis_RenewLockResponse__Output } from './isa/redis/RenewLockResponse';
import type { SAddRequest as _isa_redis_SAddRequest, SAddRequest__Output as _isa_redis_SAddRequest__Output } from './isa/redis/SAddRequest';
import type { SAddResponse as _isa_redis_SAddResponse, SAddResponse__Output as _isa_redis_SAddResponse__Output } from './isa/redis/SAddResponse';
import type { SCardRequest as _isa_redis_SCardRequest, SCardRequest__Output as _isa_redis_SCardRequest__Output } from './isa/redis/SCardRequest';
import type { SCardResponse as _isa_redis_SCardResponse, SCardResponse__Output as _isa_redis_SCardResponse__Output } from './isa/redis/SCardResponse';
import type { SDiffRequest as _isa_redis_SDiffRequest, SDiffRequest__Output as _isa_redis_SDiffRequest__Output } from './isa/redis/SDiffRequest';
import type { SDiffResponse as _isa_redis_SDiffResponse, SDiffResponse__Output as _isa_redis_SDiffResponse__Output } from './isa/redis/SDiffResponse';
import type { SInterRequest as _isa_redis_SInterRequest, SInterRequest__Output as _isa_redis_SInterRequest__Output } from './isa/redis/SInterRequest';
import type { SInterResponse as _isa_redis_SInterResponse, SInterResponse__Output as _isa_redis_SInterResponse__Output } from './isa/redis/SInterResponse';
import type { SIsMemberRequest as _isa_redis_SIsMemberRequest, SIsMemberRequest__Output as _isa_redis_SIsMemberRequest__Output } from './isa/redis/SIsMemberRequest';
import type { SIsMemberResponse as _isa_redis_SIsMemberResponse, SIsMemberResponse__Output as _isa_redis_SIsMemberResponse__Output } from './isa/redis/SIsMemberResponse';
import type { SMembersRequest as _isa_redis_SMembersRequest, SMembersRequest__Output as _isa_redis_SMembersRequest__Output } from './isa/redis/SMembersRequest';
import type { SMembersResponse as _isa_redis_SMembersResponse, SMembersResponse__Output as _isa_redis_SMembersResponse__Output } from './isa/redis/SMembersResponse';
import type { SRemoveRequest as _isa_redis_SRemoveRequest, SRemoveRequest__Output as _isa_redis_SRemoveRequest__Output } from './isa/redis/SRemoveRequest';
import type { SRemoveResponse as _isa_redis_SRemoveResponse, SRemoveResponse__Output as _isa_redis_SRemoveResponse__Output } from './isa/redis/SRemoveResponse';
import type { SUnionRequest as _isa_redis_SUnionRequest, SUnionRequest__Output as _isa_redis_SUnionRequest__Output } from './isa/redis/SUnionRequest';
import type { SUnionResponse as _isa_redis_SUnionResponse, SUnionResponse__Output as _isa_redis_SUnionResponse__Output } from './isa/redis/SUnionResponse';
import type { SessionInfo as _isa_redis_SessionInfo, SessionInfo__Output as _isa_redis_SessionInfo__Output } from './isa/redis/SessionInfo';
import type { SetRequest as _isa_redis_SetRequest, SetRequest__Output as _isa_redis_SetRequest__Output } from './isa/redis/SetRequest';
import type { SetResponse as _isa_redis_SetResponse, SetResponse__Output as _isa_redis_SetResponse__Output } from './isa/redis/SetResponse';
import type { SetWithExpirationRequest as _isa_redis_SetWithExpirationRequest, SetWithExpirationRequest__Output as _isa_redis_SetWithExpirationRequest__Output } from './isa/redis/SetWithExpirationRequest';
import type { SubscribeRequest as _isa_redis_SubscribeRequest, SubscribeRequest__Output as _isa_redis_SubscribeRequest__Output } from './isa/redis/SubscribeRequest';
import type { UnsubscribeRequest as _isa_redis_UnsubscribeRequest, UnsubscribeRequest__Output as _isa_redis_UnsubscribeRequest__Output } from './isa/redis/UnsubscribeRequest';
import type { UnsubscribeResponse as _isa_redis_UnsubscribeResponse, UnsubscribeResponse__Output as _isa_redis_UnsubscribeResponse__Output } from './isa/redis/UnsubscribeResponse';
import type { UpdateSessionRequest as _isa_redis_UpdateSessionRequest, UpdateSessionRequest__Output as _isa_redis_UpdateSessionRequest__Output } from './isa/redis/UpdateSessionRequest';
import type { UpdateSessionResponse as _isa_redis_UpdateSessionResponse, UpdateSessionResponse__Output as _isa_redis_UpdateSessionResponse__Output } from './isa/redis/UpdateSessionResponse';
import type { ZAddRequest as _isa_redis_ZAddRequest, ZAddRequest__Output as _isa_redis_ZAddRequest__Output } from './isa/redis/ZAddRequest';
import type { ZAddResponse as _isa_redis_ZAddResponse, ZAddResponse__Output as _isa_redis_ZAddResponse__Output } from './isa/redis/ZAddResponse';
import type { ZCardRequest as _isa_redis_ZCardRequest, ZCardRequest__Output as _isa_redis_ZCardRequest__Output } from './isa/redis/ZCardRequest';
import type { ZCardResponse as _isa_redis_ZCardResponse, ZCardResponse__Output as _isa_redis_ZCardResponse__Output } from './isa/redis/ZCardResponse';
import type { ZIncrementRequest as _isa_redis_ZIncrementRequest, ZIncrementRequest__Output as _isa_redis_ZIncrementRequest__Output } from './isa/redis/ZIncrementRequest';
import type { ZIncrementResponse as _isa_redis_ZIncrementResponse, ZIncrementResponse__Output as _isa_redis_ZIncrementResponse__Output } from './isa/redis/ZIncrementResponse';
import type { ZRangeByScoreRequest as _isa_redis_ZRangeByScoreRequest, ZRangeByScoreRequest__Output as _isa_redis_ZRangeByScoreRequest__Output } from './isa/redis/ZRangeByScoreRequest';
import type { ZRangeByScoreResponse as _isa_redis_ZRangeByScoreResponse, ZRangeByScoreResponse__Output as _isa_redis_ZRangeByScoreResponse__Output } from './isa/redis/ZRangeByScoreResponse';
import type { ZRangeRequest as _isa_redis_ZRangeRequest, ZRangeRequest__Output as _isa_redis_ZRangeRequest__Output } from './isa/redis/ZRangeRequest';
import type { ZRangeResponse as _isa_redis_ZRangeResponse, ZRangeResponse__Output as _isa_redis_ZRangeResponse__Output } from './isa/redis/ZRangeResponse';
import type { ZRankRequest as _isa_redis_ZRankRequest, ZRankRequest__Output as _isa_redis_ZRankRequest__Output } from './isa/redis/ZRankRequest';
import type { ZRankResponse as _isa_redis_ZRankResponse, ZRankResponse__Output as _isa_redis_ZRankResponse__Output } from './isa/redis/ZRankResponse';
import type { ZRemoveRequest as _isa_redis_ZRemoveRequest, ZRemoveRequest__Output as _isa_redis_ZRemoveRequest__Output } from './isa/redis/ZRemoveRequest';
import type { ZRemoveResponse as _isa_redis_ZRemoveResponse, ZRemoveResponse__Output as _isa_redis_ZRemoveResponse__Output } from './isa/redis/ZRemoveResponse';
import type { ZScoreRequest as _isa_redis_ZScoreRequest, ZScoreRequest__Output as _isa_redis_ZScoreRequest__Output } from './isa/redis/ZScoreRequest';
import type { ZScoreResponse as _isa_redis_ZScoreResponse, ZScoreResponse__Output as _isa_redis_ZScoreResponse__Output } from './isa/redis/ZScoreResponse';
import type { ZSetMember as _isa_redis_ZSetMember, ZSetMember__Output as _isa_redis_ZSetMember__Output } from './isa/redis/ZSetMember';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Duration: MessageTypeDefinition<_google_protobuf_Duration, _google_protobuf_Duration__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  isa: {
    redis: {
      AcquireLockRequest: MessageTypeDefinition<_isa_redis_AcquireLockRequest, _isa_redis_AcquireLockRequest__Output>
      AcquireLockResponse: MessageTypeDefinition<_isa_redis_AcquireLockResponse, _isa_redis_AcquireLockResponse__Output>
      AppendRequest: MessageTypeDefinition<_isa_redis_AppendRequest, _isa_redis_AppendRequest__Output>
      AppendResponse: MessageTypeDefinition<_isa_redis_AppendResponse, _isa_redis_AppendResponse__Output>
      BatchCommand: MessageTypeDefinition<_isa_redis_BatchCommand, _isa_redis_BatchCommand__Output>
      CreateSessionRequest: MessageTypeDefinition<_isa_redis_CreateSessionRequest, _isa_redis_CreateSessionRequest__Output>
      CreateSessionResponse: MessageTypeDefinition<_isa_redis_CreateSessionResponse, _isa_redis_CreateSessionResponse__Output>
      DecrementRequest: MessageTypeDefinition<_isa_redis_DecrementRequest, _isa_redis_DecrementRequest__Output>
      DecrementResponse: MessageTypeDefinition<_isa_redis_DecrementResponse, _isa_redis_DecrementResponse__Output>
      DeleteMultipleRequest: MessageTypeDefinition<_isa_redis_DeleteMultipleRequest, _isa_redis_DeleteMultipleRequest__Output>
      DeleteRequest: MessageTypeDefinition<_isa_redis_DeleteRequest, _isa_redis_DeleteRequest__Output>
      DeleteResponse: MessageTypeDefinition<_isa_redis_DeleteResponse, _isa_redis_DeleteResponse__Output>
      DeleteSessionRequest: MessageTypeDefinition<_isa_redis_DeleteSessionRequest, _isa_redis_DeleteSessionRequest__Output>
      DeleteSessionResponse: MessageTypeDefinition<_isa_redis_DeleteSessionResponse, _isa_redis_DeleteSessionResponse__Output>
      ExistsRequest: MessageTypeDefinition<_isa_redis_ExistsRequest, _isa_redis_ExistsRequest__Output>
      ExistsResponse: MessageTypeDefinition<_isa_redis_ExistsResponse, _isa_redis_ExistsResponse__Output>
      ExpireRequest: MessageTypeDefinition<_isa_redis_ExpireRequest, _isa_redis_ExpireRequest__Output>
      ExpireResponse: MessageTypeDefinition<_isa_redis_ExpireResponse, _isa_redis_ExpireResponse__Output>
      GetKeyInfoRequest: MessageTypeDefinition<_isa_redis_GetKeyInfoRequest, _isa_redis_GetKeyInfoRequest__Output>
      GetKeyInfoResponse: MessageTypeDefinition<_isa_redis_GetKeyInfoResponse, _isa_redis_GetKeyInfoResponse__Output>
      GetMultipleRequest: MessageTypeDefinition<_isa_redis_GetMultipleRequest, _isa_redis_GetMultipleRequest__Output>
      GetMultipleResponse: MessageTypeDefinition<_isa_redis_GetMultipleResponse, _isa_redis_GetMultipleResponse__Output>
      GetRequest: MessageTypeDefinition<_isa_redis_GetRequest, _isa_redis_GetRequest__Output>
      GetResponse: MessageTypeDefinition<_isa_redis_GetResponse, _isa_redis_GetResponse__Output>
      GetSessionRequest: MessageTypeDefinition<_isa_redis_GetSessionRequest, _isa_redis_GetSessionRequest__Output>
      GetSessionResponse: MessageTypeDefinition<_isa_redis_GetSessionResponse, _isa_redis_GetSessionResponse__Output>
      GetStatisticsRequest: MessageTypeDefinition<_isa_redis_GetStatisticsRequest, _isa_redis_GetStatisticsRequest__Output>
      GetStatisticsResponse: MessageTypeDefinition<_isa_redis_GetStatisticsResponse, _isa_redis_GetStatisticsResponse__Output>
      GetTTLRequest: MessageTypeDefinition<_isa_redis_GetTTLRequest, _isa_redis_GetTTLRequest__Output>
      GetTTLResponse: MessageTypeDefinition<_isa_redis_GetTTLResponse, _isa_redis_GetTTLResponse__Output>
      HDeleteRequest: MessageTypeDefinition<_isa_redis_HDeleteRequest, _isa_redis_HDeleteRequest__Output>
      HDeleteResponse: MessageTypeDefinition<_isa_redis_HDeleteResponse, _isa_redis_HDeleteResponse__Output>
      HExistsRequest: MessageTypeDefinition<_isa_redis_HExistsRequest, _isa_redis_HExistsRequest__Output>
      HExistsResponse: MessageTypeDefinition<_isa_redis_HExistsResponse, _isa_redis_HExistsResponse__Output>
      HGetAllRequest: MessageTypeDefinition<_isa_redis_HGetAllRequest, _isa_redis_HGetAllRequest__Output>
      HGetAllResponse: MessageTypeDefinition<_isa_redis_HGetAllResponse, _isa_redis_HGetAllResponse__Output>
      HGetRequest: MessageTypeDefinition<_isa_redis_HGetRequest, _isa_redis_HGetRequest__Output>
      HGetResponse: MessageTypeDefinition<_isa_redis_HGetResponse, _isa_redis_HGetResponse__Output>
      HIncrementRequest: MessageTypeDefinition<_isa_redis_HIncrementRequest, _isa_redis_HIncrementRequest__Output>
      HIncrementResponse: MessageTypeDefinition<_isa_redis_HIncrementResponse, _isa_redis_HIncrementResponse__Output>
      HKeysRequest: MessageTypeDefinition<_isa_redis_HKeysRequest, _isa_redis_HKeysRequest__Output>
      HKeysResponse: MessageTypeDefinition<_isa_redis_HKeysResponse, _isa_redis_HKeysResponse__Output>
      HSetRequest: MessageTypeDefinition<_isa_redis_HSetRequest, _isa_redis_HSetRequest__Output>
      HSetResponse: MessageTypeDefinition<_isa_redis_HSetResponse, _isa_redis_HSetResponse__Output>
      HValuesRequest: MessageTypeDefinition<_isa_redis_HValuesRequest, _isa_redis_HValuesRequest__Output>
      HValuesResponse: MessageTypeDefinition<_isa_redis_HValuesResponse, _isa_redis_HValuesResponse__Output>
      HashField: MessageTypeDefinition<_isa_redis_HashField, _isa_redis_HashField__Output>
      IncrementRequest: MessageTypeDefinition<_isa_redis_IncrementRequest, _isa_redis_IncrementRequest__Output>
      IncrementResponse: MessageTypeDefinition<_isa_redis_IncrementResponse, _isa_redis_IncrementResponse__Output>
      KeyValue: MessageTypeDefinition<_isa_redis_KeyValue, _isa_redis_KeyValue__Output>
      LIndexRequest: MessageTypeDefinition<_isa_redis_LIndexRequest, _isa_redis_LIndexRequest__Output>
      LIndexResponse: MessageTypeDefinition<_isa_redis_LIndexResponse, _isa_redis_LIndexResponse__Output>
      LLenRequest: MessageTypeDefinition<_isa_redis_LLenRequest, _isa_redis_LLenRequest__Output>
      LLenResponse: MessageTypeDefinition<_isa_redis_LLenResponse, _isa_redis_LLenResponse__Output>
      LPopRequest: MessageTypeDefinition<_isa_redis_LPopRequest, _isa_redis_LPopRequest__Output>
      LPopResponse: MessageTypeDefinition<_isa_redis_LPopResponse, _isa_redis_LPopResponse__Output>
      LPushRequest: MessageTypeDefinition<_isa_redis_LPushRequest, _isa_redis_LPushRequest__Output>
      LPushResponse: MessageTypeDefinition<_isa_redis_LPushResponse, _isa_redis_LPushResponse__Output>
      LRangeRequest: MessageTypeDefinition<_isa_redis_LRangeRequest, _isa_redis_LRangeRequest__Output>
      LRangeResponse: MessageTypeDefinition<_isa_redis_LRangeResponse, _isa_redis_LRangeResponse__Output>
      LTrimRequest: MessageTypeDefinition<_isa_redis_LTrimRequest, _isa_redis_LTrimRequest__Output>
      LTrimResponse: MessageTypeDefinition<_isa_redis_LTrimResponse, _isa_redis_LTrimResponse__Output>
      ListKeysRequest: MessageTypeDefinition<_isa_redis_ListKeysRequest, _isa_redis_ListKeysRequest__Output>
      ListKeysResponse: MessageTypeDefinition<_isa_redis_ListKeysResponse, _isa_redis_ListKeysResponse__Output>
      ListSessionsRequest: MessageTypeDefinition<_isa_redis_ListSessionsRequest, _isa_redis_ListSessionsRequest__Output>
      ListSessionsResponse: MessageTypeDefinition<_isa_redis_ListSessionsResponse, _isa_redis_ListSessionsResponse__Output>
      MessageResponse: MessageTypeDefinition<_isa_redis_MessageResponse, _isa_redis_MessageResponse__Output>
      PublishRequest: MessageTypeDefinition<_isa_redis_PublishRequest, _isa_redis_PublishRequest__Output>
      PublishResponse: MessageTypeDefinition<_isa_redis_PublishResponse, _isa_redis_PublishResponse__Output>
      RPopRequest: MessageTypeDefinition<_isa_redis_RPopRequest, _isa_redis_RPopRequest__Output>
      RPopResponse: MessageTypeDefinition<_isa_redis_RPopResponse, _isa_redis_RPopResponse__Output>
      RPushRequest: MessageTypeDefinition<_isa_redis_RPushRequest, _isa_redis_RPushRequest__Output>
      RPushResponse: MessageTypeDefinition<_isa_redis_RPushResponse, _isa_redis_RPushResponse__Output>
      RedisBatchRequest: MessageTypeDefinition<_isa_redis_RedisBatchRequest, _isa_redis_RedisBatchRequest__Output>
      RedisBatchResponse: MessageTypeDefinition<_isa_redis_RedisBatchResponse, _isa_redis_RedisBatchResponse__Output>
      RedisHealthCheckRequest: MessageTypeDefinition<_isa_redis_RedisHealthCheckRequest, _isa_redis_RedisHealthCheckRequest__Output>
      RedisHealthCheckResponse: MessageTypeDefinition<_isa_redis_RedisHealthCheckResponse, _isa_redis_RedisHealthCheckResponse__Output>
      RedisService: SubtypeConstructor<typeof grpc.Client, _isa_redis_RedisServiceClient> & { service: _isa_redis_RedisServiceDefinition }
      ReleaseLockRequest: MessageTypeDefinition<_isa_redis_ReleaseLockRequest, _isa_redis_ReleaseLockRequest__Output>
      ReleaseLockResponse: MessageTypeDefinition<_isa_redis_ReleaseLockResponse, _isa_redis_ReleaseLockResponse__Output>
      RenameRequest: MessageTypeDefinition<_isa_redis_RenameRequest, _isa_redis_RenameRequest__Output>
      RenameResponse: MessageTypeDefinition<_isa_redis_RenameResponse, _isa_redis_RenameResponse__Output>
      RenewLockRequest: MessageTypeDefinition<_isa_redis_RenewLockRequest, _isa_redis_RenewLockRequest__Output>
      RenewLockResponse: MessageTypeDefinition<_isa_redis_RenewLockResponse, _isa_redis_RenewLockResponse__Output>
      SAddRequest: MessageTypeDefinition<_isa_redis_SAddRequest, _isa_redis_SAddRequest__Output>
      SAddResponse: MessageTypeDefinition<_isa_redis_SAddResponse, _isa_redis_SAddResponse__Output>
      SCardRequest: MessageTypeDefinition<_isa_redis_SCardRequest, _isa_redis_SCardRequest__Output>
      SCardResponse: MessageTypeDefinition<_isa_redis_SCardResponse, _isa_redis_SCardResponse__Output>
      SDiffRequest: MessageTypeDefinition<_isa_redis_SDiffRequest, _isa_redis_SDiffRequest__Output>
      SDiffResponse: MessageTypeDefinition<_isa_redis_SDiffResponse, _isa_redis_SDiffResponse__Output>
      SInterRequest: MessageTypeDefinition<_isa_redis_SInterRequest, _isa_redis_SInterRequest__Output>
      SInterResponse: MessageTypeDefinition<_isa_redis_SInterResponse, _isa_redis_SInterResponse__Output>
      SIsMemberRequest: MessageTypeDefinition<_isa_redis_SIsMemberRequest, _isa_redis_SIsMemberRequest__Output>
      SIsMemberResponse: MessageTypeDefinition<_isa_redis_SIsMemberResponse, _isa_redis_SIsMemberResponse__Output>
      SMembersRequest: MessageTypeDefinition<_isa_redis_SMembersRequest, _isa_redis_SMembersRequest__Output>
      SMembersResponse: MessageTypeDefinition<_isa_redis_SMembersResponse, _isa_redis_SMembersResponse__Output>
      SRemoveRequest: MessageTypeDefinition<_isa_redis_SRemoveRequest, _isa_redis_SRemoveRequest__Output>
      SRemoveResponse: MessageTypeDefinition<_isa_redis_SRemoveResponse, _isa_redis_SRemoveResponse__Output>
      SUnionRequest: MessageTypeDefinition<_isa_redis_SUnionRequest, _isa_redis_SUnionRequest__Output>
      SUnionResponse: MessageTypeDefinition<_isa_redis_SUnionResponse, _isa_redis_SUnionResponse__Output>
      SessionInfo: MessageTypeDefinition<_isa_redis_SessionInfo, _isa_redis_SessionInfo__Output>
      SetRequest: MessageTypeDefinition<_isa_redis_SetRequest, _isa_redis_SetRequest__Output>
      SetResponse: MessageTypeDefinition<_isa_redis_SetResponse, _isa_redis_SetResponse__Output>
      SetWithExpirationRequest: MessageTypeDefinition<_isa_redis_SetWithExpirationRequest, _isa_redis_SetWithExpirationRequest__Output>
      SubscribeRequest: MessageTypeDefinition<_isa_redis_SubscribeRequest, _isa_redis_SubscribeRequest__Output>
      UnsubscribeRequest: MessageTypeDefinition<_isa_redis_UnsubscribeRequest, _isa_redis_UnsubscribeRequest__Output>
      UnsubscribeResponse: MessageTypeDefinition<_isa_redis_UnsubscribeResponse, _isa_redis_UnsubscribeResponse__Output>
      UpdateSessionRequest: MessageTypeDefinition<_isa_redis_UpdateSessionRequest, _isa_redis_UpdateSessionRequest__Output>
      UpdateSessionResponse: MessageTypeDefinition<_isa_redis_UpdateSessionResponse, _isa_redis_UpdateSessionResponse__Output>
      ValueType: EnumTypeDefinition
      ZAddRequest: MessageTypeDefinition<_isa_redis_ZAddRequest, _isa_redis_ZAddRequest__Output>
      ZAddResponse: MessageTypeDefinition<_isa_redis_ZAddResponse, _isa_redis_ZAddResponse__Output>
      ZCardRequest: MessageTypeDefinition<_isa_redis_ZCardRequest, _isa_redis_ZCardRequest__Output>
      ZCardResponse: MessageTypeDefinition<_isa_redis_ZCardResponse, _isa_redis_ZCardResponse__Output>
      ZIncrementRequest: MessageTypeDefinition<_isa_redis_ZIncrementRequest, _isa_redis_ZIncrementRequest__Output>
      ZIncrementResponse: MessageTypeDefinition<_isa_redis_ZIncrementResponse, _isa_redis_ZIncrementResponse__Output>
      ZRangeByScoreRequest: MessageTypeDefinition<_isa_redis_ZRangeByScoreRequest, _isa_redis_ZRangeByScoreRequest__Output>
      ZRangeByScoreResponse: MessageTypeDefinition<_isa_redis_ZRangeByScoreResponse, _isa_redis_ZRangeByScoreResponse__Output>
      ZRangeRequest: MessageTypeDefinition<_isa_redis_ZRangeRequest, _isa_redis_ZRangeRequest__Output>
      ZRangeResponse: MessageTypeDefinition<_isa_redis_ZRangeResponse, _isa_redis_ZRangeResponse__Output>
      ZRankRequest: MessageTypeDefinition<_isa_redis_ZRankRequest, _isa_redis_ZRankRequest__Output>
      ZRankResponse: MessageTypeDefinition<_isa_redis_ZRankResponse, _isa_redis_ZRankResponse__Output>
      ZRemoveRequest: MessageTypeDefinition<_isa_redis_ZRemoveRequest, _isa_redis_ZRemoveRequest__Output>
      ZRemoveResponse: MessageTypeDefinition<_isa_redis_ZRemoveResponse, _isa_redis_ZRemoveResponse__Output>
      ZScoreRequest: MessageTypeDefinition<_isa_redis_ZScoreRequest, _isa_redis_ZScoreRequest__Output>
      ZScoreResponse: MessageTypeDefinition<_isa_redis_ZScoreResponse, _isa_redis_ZScoreResponse__Output>
      ZSetMember: MessageTypeDefinition<_isa_redis_ZSetMember, _isa_redis_ZSetMember__Output>
    }
  }
}

