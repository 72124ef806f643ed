// Original file: proto/isa/nats.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AckMessageRequest as _isa_nats_AckMessageRequest, AckMessageRequest__Output as _isa_nats_AckMessageRequest__Output } from '../../isa/nats/AckMessageRequest';
import type { AckMessageResponse as _isa_nats_AckMessageResponse, AckMessageResponse__Output as _isa_nats_AckMessageResponse__Output } from '../../isa/nats/AckMessageResponse';
import type { CreateConsumerRequest as _isa_nats_CreateConsumerRequest, CreateConsumerRequest__Output as _isa_nats_CreateConsumerRequest__Output } from '../../isa/nats/CreateConsumerRequest';
import type { CreateConsumerResponse as _isa_nats_CreateConsumerResponse, CreateConsumerResponse__Output as _isa_nats_CreateConsumerResponse__Output } from '../../isa/nats/CreateConsumerResponse';
import type { CreateStreamRequest as _isa_nats_CreateStreamRequest, CreateStreamRequest__Output as _isa_nats_CreateStreamRequest__Output } from '../../isa/nats/CreateStreamRequest';
import type { CreateStreamResponse as _isa_nats_CreateStreamResponse, CreateStreamResponse__Output as _isa_nats_CreateStreamResponse__Output } from '../../isa/nats/CreateStreamResponse';
import type { DeleteConsumerRequest as _isa_nats_DeleteConsumerRequest, DeleteConsumerRequest__Output as _isa_nats_DeleteConsumerRequest__Output } from '../../isa/nats/DeleteConsumerRequest';
import type { DeleteConsumerResponse as _isa_nats_DeleteConsumerResponse, DeleteConsumerResponse__Output as _isa_nats_DeleteConsumerResponse__Output } from '../../isa/nats/DeleteConsumerResponse';
import type { DeleteStreamRequest as _isa_nats_DeleteStreamRequest, DeleteStreamRequest__Output as _isa_nats_DeleteStreamRequest__Output } from '../../isa/nats/DeleteStreamRequest';
import type { DeleteStreamResponse as _isa_nats_DeleteStreamResponse, DeleteStreamResponse__Output as _isa_nats_DeleteStreamResponse__Output } from '../../isa/nats/DeleteStreamResponse';
import type { GetConsumerInfoRequest as _isa_nats_GetConsumerInfoRequest, GetConsumerInfoRequest__Output as _isa_nats_GetConsumerInfoRequest__Output } from '../../isa/nats/GetConsumerInfoRequest';
import type { GetConsumerInfoResponse as _isa_nats_GetConsumerInfoResponse, GetConsumerInfoResponse__Output as _isa_nats_GetConsumerInfoResponse__Output } from '../../isa/nats/GetConsumerInfoResponse';
import type { GetStatisticsRequest as _isa_nats_GetStatisticsRequest, GetStatisticsRequest__Output as _isa_nats_GetStatisticsRequest__Output } from '../../isa/nats/GetStatisticsRequest';
import type { GetStatisticsResponse as _isa_nats_GetStatisticsResponse, GetStatisticsResponse__Output as _isa_nats_GetStatisticsResponse__Output } from '../../isa/nats/GetStatisticsResponse';
import type { GetStreamInfoRequest as _isa_nats_GetStreamInfoRequest, GetStreamInfoRequest__Output as _isa_nats_GetStreamInfoRequest__Output } from '../../isa/nats/GetStreamInfoRequest';
import type { GetStreamInfoResponse as _isa_nats_GetStreamInfoResponse, GetStreamInfoResponse__Output as _isa_nats_GetStreamInfoResponse__Output } from '../../isa/nats/GetStreamInfoResponse';
import type { GetStreamStatsRequest as _isa_nats_GetStreamStatsRequest, GetStreamStatsRequest__Output as _isa_nats_GetStreamStatsRequest__Output } from '../../isa/nats/GetStreamStatsRequest';
import type { GetStreamStatsResponse as _isa_nats_GetStreamStatsResponse, GetStreamStatsResponse__Output as _isa_nats_GetStreamStatsResponse__Output } from '../../isa/nats/GetStreamStatsResponse';
import type { KVDeleteRequest as _isa_nats_KVDeleteRequest, KVDeleteRequest__Output as _isa_nats_KVDeleteRequest__Output } from '../../isa/nats/KVDeleteRequest';
import type { KVDeleteResponse as _isa_nats_KVDeleteResponse, KVDeleteResponse__Output as _isa_nats_KVDeleteResponse__Output } from '../../isa/nats/KVDeleteResponse';
import type { KVGetRequest as _isa_nats_KVGetRequest, KVGetRequest__Output as _isa_nats_KVGetRequest__Output } from '../../isa/nats/KVGetRequest';
import type { KVGetResponse as _isa_nats_KVGetResponse, KVGetResponse__Output as _isa_nats_KVGetResponse__Output } from '../../isa/nats/KVGetResponse';
import type { KVKeysRequest as _isa_nats_KVKeysRequest, KVKeysRequest__Output as _isa_nats_KVKeysRequest__Output } from '../../isa/nats/KVKeysRequest';
import type { KVKeysResponse as _isa_nats_KVKeysResponse, KVKeysResponse__Output as _isa_nats_KVKeysResponse__Output } from '../../isa/nats/KVKeysResponse';
import type { KVPutRequest as _isa_nats_KVPutRequest, KVPutRequest__Output as _isa_nats_KVPutRequest__Output } from '../../isa/nats/KVPutRequest';
import type { KVPutResponse as _isa_nats_KVPutResponse, KVPutResponse__Output as _isa_nats_KVPutResponse__Output } from '../../isa/nats/KVPutResponse';
import type { KVWatchEvent as _isa_nats_KVWatchEvent, KVWatchEvent__Output as _isa_nats_KVWatchEvent__Output } from '../../isa/nats/KVWatchEvent';
import type { KVWatchRequest as _isa_nats_KVWatchRequest, KVWatchRequest__Output as _isa_nats_KVWatchRequest__Output } from '../../isa/nats/KVWatchRequest';
import type { ListConsumersRequest as _isa_nats_ListConsumersRequest, ListConsumersRequest__Output as _isa_nats_ListConsumersRequest__Output } from '../../isa/nats/ListConsumersRequest';
import type { ListConsumersResponse as _isa_nats_ListConsumersResponse, ListConsumersResponse__Output as _isa_nats_ListConsumersResponse__Output } from '../../isa/nats/ListConsumersResponse';
import type { ListStreamsRequest as _isa_nats_ListStreamsRequest, ListStreamsRequest__Output as _isa_nats_ListStreamsRequest__Output } from '../../isa/nats/ListStreamsRequest';
import type { ListStreamsResponse as _isa_nats_ListStreamsResponse, ListStreamsResponse__Output as _isa_nats_ListStreamsResponse__Output } from '../../isa/nats/ListStreamsResponse';
import type { MessageResponse as _isa_nats_MessageResponse, MessageResponse__Output as _isa_nats_MessageResponse__Output } from '../../isa/nats/MessageResponse';
import type { NATSHealthCheckRequest as _isa_nats_NATSHealthCheckRequest, NATSHealthCheckRequest__Output as _isa_nats_NATSHealthCheckRequest__Output } from '../../isa/nats/NATSHealthCheckRequest';
import type { NATSHealthCheckResponse as _isa_nats_NATSHealthCheckResponse, NATSHealthCheckResponse__Output as _isa_nats_NATSHealthCheckResponse__Output } from '../../isa/nats/NATSHealthCheckResponse';
import type { NakMessageRequest as _isa_nats_NakMessageRequest, NakMessageRequest__Output as _isa_nats_NakMessageRequest__Output } from '../../isa/nats/NakMessageRequest';
import type { NakMessageResponse as _isa_nats_NakMessageResponse, NakMessageResponse__Output as _isa_nats_NakMessageResponse__Output } from '../../isa/nats/NakMessageResponse';
import type { ObjectDeleteRequest as _isa_nats_ObjectDeleteRequest, ObjectDeleteRequest__Output as _isa_nats_ObjectDeleteRequest__Output } from '../../isa/nats/ObjectDeleteRequest';
import type { ObjectDeleteResponse as _isa_nats_ObjectDeleteResponse, ObjectDeleteResponse__Output as _isa_nats_ObjectDeleteResponse__Output } from '../../isa/nats/ObjectDeleteResponse';
import type { ObjectGetRequest as _isa_nats_ObjectGetRequest, ObjectGetRequest__Output as _isa_nats_ObjectGetRequest__Output } from '../../isa/nats/ObjectGetRequest';
import type { ObjectGetResponse as _isa_nats_ObjectGetResponse, ObjectGetResponse__Output as _isa_nats_ObjectGetResponse__Output } from '../../isa/nats/ObjectGetResponse';
import type { ObjectListRequest as _isa_nats_ObjectListRequest, ObjectListRequest__Output as _isa_nats_ObjectListRequest__Output } from '../../isa/nats/ObjectListRequest';
import type { ObjectListResponse as _isa_nats_ObjectListResponse, ObjectListResponse__Output as _isa_nats_ObjectListResponse__Output } from '../../isa/nats/ObjectListResponse';
import type { ObjectPutRequest as _isa_nats_ObjectPutRequest, ObjectPutRequest__Output as _isa_nats_ObjectPutRequest__Output } from '../../isa/nats/ObjectPutRequest';
import type { ObjectPutResponse as _isa_nats_ObjectPutResponse, ObjectPutResponse__Output as _isa_nats_ObjectPutResponse__Output } from '../../isa/nats/ObjectPutResponse';
import type { PublishBatchRequest as _isa_nats_PublishBatchRequest, PublishBatchRequest__Output as _isa_nats_PublishBatchRequest__Output } from '../../isa/nats/PublishBatchRequest';
import type { PublishBatchResponse as _isa_nats_PublishBatchResponse, PublishBatchResponse__Output as _isa_nats_PublishBatchResponse__Output } from '../../isa/nats/PublishBatchResponse';
import type { PublishRequest as _isa_nats_PublishRequest, PublishRequest__Output as _isa_nats_PublishRequest__Output } from '../../isa/nats/PublishRequest';
import type { PublishResponse as _isa_nats_PublishResponse, PublishResponse__Output as _isa_nats_PublishResponse__Output } from '../../isa/nats/PublishResponse';
import type { PublishToStreamRequest as _isa_nats_PublishToStreamRequest, PublishToStreamRequest__Output as _isa_nats_PublishToStreamRequest__Output } from '../../isa/nats/PublishToStreamRequest';
import type { PublishToStreamResponse as _isa_nats_PublishToStreamResponse, PublishToStreamResponse__Output as _isa_nats_PublishToStreamResponse__Output } from '../../isa/nats/PublishToStreamResponse';
import type { PullMessagesRequest as _isa_nats_PullMessagesRequest, PullMessagesRequest__Output as _isa_nats_PullMessagesRequest__Output } from '../../isa/nats/PullMessagesRequest';
import type { PullMessagesResponse as _isa_nats_PullMessagesResponse, PullMessagesResponse__Output as _isa_nats_PullMessagesResponse__Output } from '../../isa/nats/PullMessagesResponse';
import type { PurgeStreamRequest as _isa_nats_PurgeStreamRequest, PurgeStreamRequest__Output as _isa_nats_PurgeStreamRequest__Output } from '../../isa/nats/PurgeStreamRequest';
import type { PurgeStreamResponse as _isa_nats_PurgeStreamResponse, PurgeStreamResponse__Output as _isa_nats_PurgeStreamResponse__Output } from '../../isa/nats/PurgeStreamResponse';
import type { QueueSubscribeRequest as _isa_nats_QueueSubscribeRequest, QueueSubscribeRequest__Output as _isa_nats_QueueSubscribeRequest__Output } from '../../isa/nats/QueueSubscribeRequest';
import type { RequestRequest as _isa_nats_RequestRequest, RequestRequest__Output as _isa_nats_RequestRequest__Output } from '../../isa/nats/RequestRequest';
import type { RequestResponse as _isa_nats_RequestResponse, RequestResponse__Output as _isa_nats_RequestResponse__Output } from '../../isa/nats/RequestResponse';
import type { SubscribeRequest as _isa_nats_SubscribeRequest, SubscribeRequest__Output as _isa_nats_SubscribeRequest__Output } from '../../isa/nats/SubscribeRequest';
import type { UnsubscribeRequest as _isa_nats_UnsubscribeRequest, UnsubscribeRequest__Output as _isa_nats_UnsubscribeRequest__Output } from '../../isa/nats/UnsubscribeRequest';
import type { UnsubscribeResponse as _isa_nats_UnsubscribeResponse, UnsubscribeResponse__Output as _isa_nats_UnsubscribeResponse__Output } from '../../isa/nats/UnsubscribeResponse';
import type { UpdateStreamRequest as _isa_nats_UpdateStreamRequest, UpdateStreamRequest__Output as _isa_nats_UpdateStreamRequest__Output } from '../../isa/nats/UpdateStreamRequest';
import type { UpdateStreamResponse as _isa_nats_UpdateStreamResponse, UpdateStreamResponse__Output as _isa_nats_UpdateStreamResponse__Output } from '../../isa/nats/UpdateStreamResponse';

export interface NATSServiceClient extends grpc.Client {
  AckMessage(argument: _isa_nats_AckMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  AckMessage(argument: _isa_nats_AckMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  AckMessage(argument: _isa_nats_AckMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  AckMessage(argument: _isa_nats_AckMessageRequest, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  ackMessage(argument: _isa_nats_AckMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  ackMessage(argument: _isa_nats_AckMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  ackMessage(argument: _isa_nats_AckMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  ackMessage(argument: _isa_nats_AckMessageRequest, callback: grpc.requestCallback<_isa_nats_AckMessageResponse__Output>): grpc.ClientUnaryCall;
  
  CreateConsumer(argument: _isa_nats_CreateConsumerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  CreateConsumer(argument: _isa_nats_CreateConsumerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  CreateConsumer(argument: _isa_nats_CreateConsumerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  CreateConsumer(argument: _isa_nats_CreateConsumerRequest, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  createConsumer(argument: _isa_nats_CreateConsumerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  createConsumer(argument: _isa_nats_CreateConsumerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  createConsumer(argument: _isa_nats_CreateConsumerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  createConsumer(argument: _isa_nats_CreateConsumerRequest, callback: grpc.requestCallback<_isa_nats_CreateConsumerResponse__Output>): grpc.ClientUnaryCall;
  
  CreateStream(argument: _isa_nats_CreateStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  CreateStream(argument: _isa_nats_CreateStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  CreateStream(argument: _isa_nats_CreateStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  CreateStream(argument: _isa_nats_CreateStreamRequest, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  createStream(argument: _isa_nats_CreateStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  createStream(argument: _isa_nats_CreateStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  createStream(argument: _isa_nats_CreateStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  createStream(argument: _isa_nats_CreateStreamRequest, callback: grpc.requestCallback<_isa_nats_CreateStreamResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteConsumer(argument: _isa_nats_DeleteConsumerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  DeleteConsumer(argument: _isa_nats_DeleteConsumerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  DeleteConsumer(argument: _isa_nats_DeleteConsumerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  DeleteConsumer(argument: _isa_nats_DeleteConsumerRequest, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  deleteConsumer(argument: _isa_nats_DeleteConsumerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  deleteConsumer(argument: _isa_nats_DeleteConsumerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  deleteConsumer(argument: _isa_nats_DeleteConsumerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  deleteConsumer(argument: _isa_nats_DeleteConsumerRequest, callback: grpc.requestCallback<_isa_nats_DeleteConsumerResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteStream(argument: _isa_nats_DeleteStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  DeleteStream(argument: _isa_nats_DeleteStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  DeleteStream(argument: _isa_nats_DeleteStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  DeleteStream(argument: _isa_nats_DeleteStreamRequest, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  deleteStream(argument: _isa_nats_DeleteStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  deleteStream(argument: _isa_nats_DeleteStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  deleteStream(argument: _isa_nats_DeleteStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  deleteStream(argument: _isa_nats_DeleteStreamRequest, callback: grpc.requestCallback<_isa_nats_DeleteStreamResponse__Output>): grpc.ClientUnaryCall;
  
  GetConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  GetConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  GetConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  GetConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  getConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  getConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  getConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  getConsumerInfo(argument: _isa_nats_GetConsumerInfoRequest, callback: grpc.requestCallback<_isa_nats_GetConsumerInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetStatistics(argument: _isa_nats_GetStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetStatistics(argument: _isa_nats_GetStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetStatistics(argument: _isa_nats_GetStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  GetStatistics(argument: _isa_nats_GetStatisticsRequest, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_nats_GetStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_nats_GetStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_nats_GetStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  getStatistics(argument: _isa_nats_GetStatisticsRequest, callback: grpc.requestCallback<_isa_nats_GetStatisticsResponse__Output>): grpc.ClientUnaryCall;
  
  GetStreamInfo(argument: _isa_nats_GetStreamInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  GetStreamInfo(argument: _isa_nats_GetStreamInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  GetStreamInfo(argument: _isa_nats_GetStreamInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  GetStreamInfo(argument: _isa_nats_GetStreamInfoRequest, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  getStreamInfo(argument: _isa_nats_GetStreamInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  getStreamInfo(argument: _isa_nats_GetStreamInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  getStreamInfo(argument: _isa_nats_GetStreamInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  getStreamInfo(argument: _isa_nats_GetStreamInfoRequest, callback: grpc.requestCallback<_isa_nats_GetStreamInfoResponse__Output>): grpc.ClientUnaryCall;
  
  GetStreamStats(argument: _isa_nats_GetStreamStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  GetStreamStats(argument: _isa_nats_GetStreamStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  GetStreamStats(argument: _isa_nats_GetStreamStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  GetStreamStats(argument: _isa_nats_GetStreamStatsRequest, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  getStreamStats(argument: _isa_nats_GetStreamStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  getStreamStats(argument: _isa_nats_GetStreamStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  getStreamStats(argument: _isa_nats_GetStreamStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  getStreamStats(argument: _isa_nats_GetStreamStatsRequest, callback: grpc.requestCallback<_isa_nats_GetStreamStatsResponse__Output>): grpc.ClientUnaryCall;
  
  HealthCheck(argument: _isa_nats_NATSHealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_nats_NATSHealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_nats_NATSHealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_nats_NATSHealthCheckRequest, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_nats_NATSHealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_nats_NATSHealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_nats_NATSHealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_nats_NATSHealthCheckRequest, callback: grpc.requestCallback<_isa_nats_NATSHealthCheckResponse__Output>): grpc.ClientUnaryCall;
  
  KVDelete(argument: _isa_nats_KVDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVDelete(argument: _isa_nats_KVDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVDelete(argument: _isa_nats_KVDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  KVDelete(argument: _isa_nats_KVDeleteRequest, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _isa_nats_KVDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _isa_nats_KVDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _isa_nats_KVDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  kvDelete(argument: _isa_nats_KVDeleteRequest, callback: grpc.requestCallback<_isa_nats_KVDeleteResponse__Output>): grpc.ClientUnaryCall;
  
  KVGet(argument: _isa_nats_KVGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  KVGet(argument: _isa_nats_KVGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  KVGet(argument: _isa_nats_KVGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  KVGet(argument: _isa_nats_KVGetRequest, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _isa_nats_KVGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _isa_nats_KVGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _isa_nats_KVGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  kvGet(argument: _isa_nats_KVGetRequest, callback: grpc.requestCallback<_isa_nats_KVGetResponse__Output>): grpc.ClientUnaryCall;
  
  KVKeys(argument: _isa_nats_KVKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  KVKeys(argument: _isa_nats_KVKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  KVKeys(argument: _isa_nats_KVKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  KVKeys(argument: _isa_nats_KVKeysRequest, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  kvKeys(argument: _isa_nats_KVKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  kvKeys(argument: _isa_nats_KVKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  kvKeys(argument: _isa_nats_KVKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  kvKeys(argument: _isa_nats_KVKeysRequest, callback: grpc.requestCallback<_isa_nats_KVKeysResponse__Output>): grpc.ClientUnaryCall;
  
  KVPut(argument: _isa_nats_KVPutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  KVPut(argument: _isa_nats_KVPutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  KVPut(argument: _isa_nats_KVPutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  KVPut(argument: _isa_nats_KVPutRequest, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  kvPut(argument: _isa_nats_KVPutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  kvPut(argument: _isa_nats_KVPutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  kvPut(argument: _isa_nats_KVPutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  kvPut(argument: _isa_nats_KVPutRequest, callback: grpc.requestCallback<_isa_nats_KVPutResponse__Output>): grpc.ClientUnaryCall;
  
  KVWatch(argument: _isa_nats_KVWatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_KVWatchEvent__Output>;
  KVWatch(argument: _isa_nats_KVWatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_KVWatchEvent__Output>;
  kvWatch(argument: _isa_nats_KVWatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_KVWatchEvent__Output>;
  kvWatch(argument: _isa_nats_KVWatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_KVWatchEvent__Output>;
  
  ListConsumers(argument: _isa_nats_ListConsumersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  ListConsumers(argument: _isa_nats_ListConsumersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  ListConsumers(argument: _isa_nats_ListConsumersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  ListConsumers(argument: _isa_nats_ListConsumersRequest, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  listConsumers(argument: _isa_nats_ListConsumersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  listConsumers(argument: _isa_nats_ListConsumersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  listConsumers(argument: _isa_nats_ListConsumersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  listConsumers(argument: _isa_nats_ListConsumersRequest, callback: grpc.requestCallback<_isa_nats_ListConsumersResponse__Output>): grpc.ClientUnaryCall;
  
  ListStreams(argument: _isa_nats_ListStreamsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  ListStreams(argument: _isa_nats_ListStreamsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  ListStreams(argument: _isa_nats_ListStreamsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  ListStreams(argument: _isa_nats_ListStreamsRequest, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  listStreams(argument: _isa_nats_ListStreamsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  listStreams(argument: _isa_nats_ListStreamsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  listStreams(argument: _isa_nats_ListStreamsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  listStreams(argument: _isa_nats_ListStreamsRequest, callback: grpc.requestCallback<_isa_nats_ListStreamsResponse__Output>): grpc.ClientUnaryCall;
  
  NakMessage(argument: _isa_nats_NakMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  NakMessage(argument: _isa_nats_NakMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  NakMessage(argument: _isa_nats_NakMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  NakMessage(argument: _isa_nats_NakMessageRequest, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  nakMessage(argument: _isa_nats_NakMessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  nakMessage(argument: _isa_nats_NakMessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  nakMessage(argument: _isa_nats_NakMessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  nakMessage(argument: _isa_nats_NakMessageRequest, callback: grpc.requestCallback<_isa_nats_NakMessageResponse__Output>): grpc.ClientUnaryCall;
  
  ObjectDelete(argument: _isa_nats_ObjectDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  ObjectDelete(argument: _isa_nats_ObjectDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  ObjectDelete(argument: _isa_nats_ObjectDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  ObjectDelete(argument: _isa_nats_ObjectDeleteRequest, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  objectDelete(argument: _isa_nats_ObjectDeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  objectDelete(argument: _isa_nats_ObjectDeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  objectDelete(argument: _isa_nats_ObjectDeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  objectDelete(argument: _isa_nats_ObjectDeleteRequest, callback: grpc.requestCallback<_isa_nats_ObjectDeleteResponse__Output>): grpc.ClientUnaryCall;
  
  ObjectGet(argument: _isa_nats_ObjectGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  ObjectGet(argument: _isa_nats_ObjectGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  ObjectGet(argument: _isa_nats_ObjectGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  ObjectGet(argument: _isa_nats_ObjectGetRequest, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  objectGet(argument: _isa_nats_ObjectGetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  objectGet(argument: _isa_nats_ObjectGetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  objectGet(argument: _isa_nats_ObjectGetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  objectGet(argument: _isa_nats_ObjectGetRequest, callback: grpc.requestCallback<_isa_nats_ObjectGetResponse__Output>): grpc.ClientUnaryCall;
  
  ObjectList(argument: _isa_nats_ObjectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  ObjectList(argument: _isa_nats_ObjectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  ObjectList(argument: _isa_nats_ObjectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  ObjectList(argument: _isa_nats_ObjectListRequest, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  objectList(argument: _isa_nats_ObjectListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  objectList(argument: _isa_nats_ObjectListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  objectList(argument: _isa_nats_ObjectListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  objectList(argument: _isa_nats_ObjectListRequest, callback: grpc.requestCallback<_isa_nats_ObjectListResponse__Output>): grpc.ClientUnaryCall;
  
  ObjectPut(argument: _isa_nats_ObjectPutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  ObjectPut(argument: _isa_nats_ObjectPutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  ObjectPut(argument: _isa_nats_ObjectPutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  ObjectPut(argument: _isa_nats_ObjectPutRequest, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  objectPut(argument: _isa_nats_ObjectPutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  objectPut(argument: _isa_nats_ObjectPutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  objectPut(argument: _isa_nats_ObjectPutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  objectPut(argument: _isa_nats_ObjectPutRequest, callback: grpc.requestCallback<_isa_nats_ObjectPutResponse__Output>): grpc.ClientUnaryCall;
  
  Publish(argument: _isa_nats_PublishRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  Publish(argument: _isa_nats_PublishRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  Publish(argument: _isa_nats_PublishRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  Publish(argument: _isa_nats_PublishRequest, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_nats_PublishRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_nats_PublishRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_nats_PublishRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  publish(argument: _isa_nats_PublishRequest, callback: grpc.requestCallback<_isa_nats_PublishResponse__Output>): grpc.ClientUnaryCall;
  
  PublishBatch(argument: _isa_nats_PublishBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  PublishBatch(argument: _isa_nats_PublishBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  PublishBatch(argument: _isa_nats_PublishBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  PublishBatch(argument: _isa_nats_PublishBatchRequest, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  publishBatch(argument: _isa_nats_PublishBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  publishBatch(argument: _isa_nats_PublishBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  publishBatch(argument: _isa_nats_PublishBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  publishBatch(argument: _isa_nats_PublishBatchRequest, callback: grpc.requestCallback<_isa_nats_PublishBatchResponse__Output>): grpc.ClientUnaryCall;
  
  PublishToStream(argument: _isa_nats_PublishToStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  PublishToStream(argument: _isa_nats_PublishToStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  PublishToStream(argument: _isa_nats_PublishToStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  PublishToStream(argument: _isa_nats_PublishToStreamRequest, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  publishToStream(argument: _isa_nats_PublishToStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  publishToStream(argument: _isa_nats_PublishToStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  publishToStream(argument: _isa_nats_PublishToStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  publishToStream(argument: _isa_nats_PublishToStreamRequest, callback: grpc.requestCallback<_isa_nats_PublishToStreamResponse__Output>): grpc.ClientUnaryCall;
  
  PullMessages(argument: _isa_nats_PullMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  PullMessages(argument: _isa_nats_PullMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  PullMessages(argument: _isa_nats_PullMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  PullMessages(argument: _isa_nats_PullMessagesRequest, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  pullMessages(argument: _isa_nats_PullMessagesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  pullMessages(argument: _isa_nats_PullMessagesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  pullMessages(argument: _isa_nats_PullMessagesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  pullMessages(argument: _isa_nats_PullMessagesRequest, callback: grpc.requestCallback<_isa_nats_PullMessagesResponse__Output>): grpc.ClientUnaryCall;
  
  PurgeStream(argument: _isa_nats_PurgeStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  PurgeStream(argument: _isa_nats_PurgeStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  PurgeStream(argument: _isa_nats_PurgeStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  PurgeStream(argument: _isa_nats_PurgeStreamRequest, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  purgeStream(argument: _isa_nats_PurgeStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  purgeStream(argument: _isa_nats_PurgeStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  purgeStream(argument: _isa_nats_PurgeStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  purgeStream(argument: _isa_nats_PurgeStreamRequest, callback: grpc.requestCallback<_isa_nats_PurgeStreamResponse__Output>): grpc.ClientUnaryCall;
  
  QueueSubscribe(argument: _isa_nats_QueueSubscribeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  QueueSubscribe(argument: _isa_nats_QueueSubscribeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  queueSubscribe(argument: _isa_nats_QueueSubscribeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  queueSubscribe(argument: _isa_nats_QueueSubscribeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  
  Request(argument: _isa_nats_RequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  Request(argument: _isa_nats_RequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  Request(argument: _isa_nats_RequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  Request(argument: _isa_nats_RequestRequest, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  request(argument: _isa_nats_RequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  request(argument: _isa_nats_RequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  request(argument: _isa_nats_RequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  request(argument: _isa_nats_RequestRequest, callback: grpc.requestCallback<_isa_nats_RequestResponse__Output>): grpc.ClientUnaryCall;
  
  Subscribe(argument: _isa_nats_SubscribeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  Subscribe(argument: _isa_nats_SubscribeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  subscribe(argument: _isa_nats_SubscribeRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  subscribe(argument: _isa_nats_SubscribeRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_isa_nats_MessageResponse__Output>;
  
  Unsubscribe(argument: _isa_nats_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _isa_nats_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _isa_nats_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  Unsubscribe(argument: _isa_nats_UnsubscribeRequest, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_nats_UnsubscribeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_nats_UnsubscribeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_nats_UnsubscribeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  unsubscribe(argument: _isa_nats_UnsubscribeRequest, callback: grpc.requestCallback<_isa_nats_UnsubscribeResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateStream(argument: _isa_nats_UpdateStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  UpdateStream(argument: _isa_nats_UpdateStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  UpdateStream(argument: _isa_nats_UpdateStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  UpdateStream(argument: _isa_nats_UpdateStreamRequest, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  updateStream(argument: _isa_nats_UpdateStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  updateStream(argument: _isa_nats_UpdateStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  updateStream(argument: _isa_nats_UpdateStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  updateStream(argument: _isa_nats_UpdateStreamRequest, callback: grpc.requestCallback<_isa_nats_UpdateStreamResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NATSServiceHandlers extends grpc.UntypedServiceImplementation {
  AckMessage: grpc.handleUnaryCall<_isa_nats_AckMessageRequest__Output, _isa_nats_AckMessageResponse>;
  
  CreateConsumer: grpc.handleUnaryCall<_isa_nats_CreateConsumerRequest__Output, _isa_nats_CreateConsumerResponse>;
  
  CreateStream: grpc.handleUnaryCall<_isa_nats_CreateStreamRequest__Output, _isa_nats_CreateStreamResponse>;
  
  DeleteConsumer: grpc.handleUnaryCall<_isa_nats_DeleteConsumerRequest__Output, _isa_nats_DeleteConsumerResponse>;
  
  DeleteStream: grpc.handleUnaryCall<_isa_nats_DeleteStreamRequest__Output, _isa_nats_DeleteStreamResponse>;
  
  GetConsumerInfo: grpc.handleUnaryCall<_isa_nats_GetConsumerInfoRequest__Output, _isa_nats_GetConsumerInfoResponse>;
  
  GetStatistics: grpc.handleUnaryCall<_isa_nats_GetStatisticsRequest__Output, _isa_nats_GetStatisticsResponse>;
  
  GetStreamInfo: grpc.handleUnaryCall<_isa_nats_GetStreamInfoRequest__Output, _isa_nats_GetStreamInfoResponse>;
  
  GetStreamStats: grpc.handleUnaryCall<_isa_nats_GetStreamStatsRequest__Output, _isa_nats_GetStreamStatsResponse>;
  
  HealthCheck: grpc.handleUnaryCall<_isa_nats_NATSHealthCheckRequest__Output, _isa_nats_NATSHealthCheckResponse>;
  
  KVDelete: grpc.handleUnaryCall<_isa_nats_KVDeleteRequest__Output, _isa_nats_KVDeleteResponse>;
  
  KVGet: grpc.handleUnaryCall<_isa_nats_KVGetRequest__Output, _isa_nats_KVGetResponse>;
  
  KVKeys: grpc.handleUnaryCall<_isa_nats_KVKeysRequest__Output, _isa_nats_KVKeysResponse>;
  
  KVPut: grpc.handleUnaryCall<_isa_nats_KVPutRequest__Output, _isa_nats_KVPutResponse>;
  
  KVWatch: grpc.handleServerStreamingCall<_isa_nats_KVWatchRequest__Output, _isa_nats_KVWatchEvent>;
  
  ListConsumers: grpc.handleUnaryCall<_isa_nats_ListConsumersRequest__Output, _isa_nats_ListConsumersResponse>;
  
  ListStreams: grpc.handleUnaryCall<_isa_nats_ListStreamsRequest__Output, _isa_nats_ListStreamsResponse>;
  
  NakMessage: grpc.handleUnaryCall<_isa_nats_NakMessageRequest__Output, _isa_nats_NakMessageResponse>;
  
  ObjectDelete: grpc.handleUnaryCall<_isa_nats_ObjectDeleteRequest__Output, _isa_nats_ObjectDeleteResponse>;
  
  ObjectGet: grpc.handleUnaryCall<_isa_nats_ObjectGetRequest__Output, _isa_nats_ObjectGetResponse>;
  
  ObjectList: grpc.handleUnaryCall<_isa_nats_ObjectListRequest__Output, _isa_nats_ObjectListResponse>;
  
  ObjectPut: grpc.handleUnaryCall<_isa_nats_ObjectPutRequest__Output, _isa_nats_ObjectPutResponse>;
  
  Publish: grpc.handleUnaryCall<_isa_nats_PublishRequest__Output, _isa_nats_PublishResponse>;
  
  PublishBatch: grpc.handleUnaryCall<_isa_nats_PublishBatchRequest__Output, _isa_nats_PublishBatchResponse>;
  
  PublishToStream: grpc.handleUnaryCall<_isa_nats_PublishToStreamRequest__Output, _isa_nats_PublishToStreamResponse>;
  
  PullMessages: grpc.handleUnaryCall<_isa_nats_PullMessagesRequest__Output, _isa_nats_PullMessagesResponse>;
  
  PurgeStream: grpc.handleUnaryCall<_isa_nats_PurgeStreamRequest__Output, _isa_nats_PurgeStreamResponse>;
  
  QueueSubscribe: grpc.handleServerStreamingCall<_isa_nats_QueueSubscribeRequest__Output, _isa_nats_MessageResponse>;
  
  Request: grpc.handleUnaryCall<_isa_nats_RequestRequest__Output, _isa_nats_RequestResponse>;
  
  Subscribe: grpc.handleServerStreamingCall<_isa_nats_SubscribeRequest__Output, _isa_nats_MessageResponse>;
  
  Unsubscribe: grpc.handleUnaryCall<_isa_nats_UnsubscribeRequest__Output, _isa_nats_UnsubscribeResponse>;
  
  UpdateStream: grpc.handleUnaryCall<_isa_nats_UpdateStreamRequest__Output, _isa_nats_UpdateStreamResponse>;
  
}

export interface NATSServiceDefinition extends grpc.ServiceDefinition {
  AckMessage: MethodDefinition<_isa_nats_AckMessageRequest, _isa_nats_AckMessageResponse, _isa_nats_AckMessageRequest__Output, _isa_nats_AckMessageResponse__Output>
  CreateConsumer: MethodDefinition<_isa_nats_CreateConsumerRequest, _isa_nats_CreateConsumerResponse, _isa_nats_CreateConsumerRequest__Output, _isa_nats_CreateConsumerResponse__Output>
  CreateStream: MethodDefinition<_isa_nats_CreateStreamRequest, _isa_nats_CreateStreamResponse, _isa_nats_CreateStreamRequest__Output, _isa_nats_CreateStreamResponse__Output>
  DeleteConsumer: MethodDefinition<_isa_nats_DeleteConsumerRequest, _isa_nats_DeleteConsumerResponse, _isa_nats_DeleteConsumerRequest__Output, _isa_nats_DeleteConsumerResponse__Output>
  DeleteStream: MethodDefinition<_isa_nats_DeleteStreamRequest, _isa_nats_DeleteStreamResponse, _isa_nats_DeleteStreamRequest__Output, _isa_nats_DeleteStreamResponse__Output>
  GetConsumerInfo: MethodDefinition<_isa_nats_GetConsumerInfoRequest, _isa_nats_GetConsumerInfoResponse, _isa_nats_GetConsumerInfoRequest__Output, _isa_nats_GetConsumerInfoResponse__Output>
  GetStatistics: MethodDefinition<_isa_nats_GetStatisticsRequest, _isa_nats_GetStatisticsResponse, _isa_nats_GetStatisticsRequest__Output, _isa_nats_GetStatisticsResponse__Output>
  GetStreamInfo: MethodDefinition<_isa_nats_GetStreamInfoRequest, _isa_nats_GetStreamInfoResponse, _isa_nats_GetStreamInfoRequest__Output, _isa_nats_GetStreamInfoResponse__Output>
  GetStreamStats: MethodDefinition<_isa_nats_GetStreamStatsRequest, _isa_nats_GetStreamStatsResponse, _isa_nats_GetStreamStatsRequest__Output, _isa_nats_GetStreamStatsResponse__Output>
  HealthCheck: MethodDefinition<_isa_nats_NATSHealthCheckRequest, _isa_nats_NATSHealthCheckResponse, _isa_nats_NATSHealthCheckRequest__Output, _isa_nats_NATSHealthCheckResponse__Output>
  KVDelete: MethodDefinition<_isa_nats_KVDeleteRequest, _isa_nats_KVDeleteResponse, _isa_nats_KVDeleteRequest__Output, _isa_nats_KVDeleteResponse__Output>
  KVGet: MethodDefinition<_isa_nats_KVGetRequest, _isa_nats_KVGetResponse, _isa_nats_KVGetRequest__Output, _isa_nats_KVGetResponse__Output>
  KVKeys: MethodDefinition<_isa_nats_KVKeysRequest, _isa_nats_KVKeysResponse, _isa_nats_KVKeysRequest__Output, _isa_nats_KVKeysResponse__Output>
  KVPut: MethodDefinition<_isa_nats_KVPutRequest, _isa_nats_KVPutResponse, _isa_nats_KVPutRequest__Output, _isa_nats_KVPutResponse__Output>
  KVWatch: MethodDefinition<_isa_nats_KVWatchRequest, _isa_nats_KVWatchEvent, _isa_nats_KVWatchRequest__Output, _isa_nats_KVWatchEvent__Output>
  ListConsumers: MethodDefinition<_isa_nats_ListConsumersRequest, _isa_nats_ListConsumersResponse, _isa_nats_ListConsumersRequest__Output, _isa_nats_ListConsumersResponse__Output>
  ListStreams: MethodDefinition<_isa_nats_ListStreamsRequest, _isa_nats_ListStreamsResponse, _isa_nats_ListStreamsRequest__Output, _isa_nats_ListStreamsResponse__Output>
  NakMessage: MethodDefinition<_isa_nats_NakMessageRequest, _isa_nats_NakMessageResponse, _isa_nats_NakMessageRequest__Output, _isa_nats_NakMessageResponse__Output>
  ObjectDelete: MethodDefinition<_isa_nats_ObjectDeleteRequest, _isa_nats_ObjectDeleteResponse, _isa_nats_ObjectDeleteRequest__Output, _isa_nats_ObjectDeleteResponse__Output>
  ObjectGet: MethodDefinition<_isa_nats_ObjectGetRequest, _isa_nats_ObjectGetResponse, _isa_nats_ObjectGetRequest__Output, _isa_nats_ObjectGetResponse__Output>
  ObjectList: MethodDefinition<_isa_nats_ObjectListRequest, _isa_nats_ObjectListResponse, _isa_nats_ObjectListRequest__Output, _isa_nats_ObjectListResponse__Output>
  ObjectPut: MethodDefinition<_isa_nats_ObjectPutRequest, _isa_nats_ObjectPutResponse, _isa_nats_ObjectPutRequest__Output, _isa_nats_ObjectPutResponse__Output>
  Publish: MethodDefinition<_isa_nats_PublishRequest, _isa_nats_PublishResponse, _isa_nats_PublishRequest__Output, _isa_nats_PublishResponse__Output>
  PublishBatch: MethodDefinition<_isa_nats_PublishBatchRequest, _isa_nats_PublishBatchResponse, _isa_nats_PublishBatchRequest__Output, _isa_nats_PublishBatchResponse__Output>
  PublishToStream: MethodDefinition<_isa_nats_PublishToStreamRequest, _isa_nats_PublishToStreamResponse, _isa_nats_PublishToStreamRequest__Output, _isa_nats_PublishToStreamResponse__Output>
  PullMessages: MethodDefinition<_isa_nats_PullMessagesRequest, _isa_nats_PullMessagesResponse, _isa_nats_PullMessagesRequest__Output, _isa_nats_PullMessagesResponse__Output>
  PurgeStream: MethodDefinition<_isa_nats_PurgeStreamRequest, _isa_nats_PurgeStreamResponse, _isa_nats_PurgeStreamRequest__Output, _isa_nats_PurgeStreamResponse__Output>
  QueueSubscribe: MethodDefinition<_isa_nats_QueueSubscribeRequest, _isa_nats_MessageResponse, _isa_nats_QueueSubscribeRequest__Output, _isa_nats_MessageResponse__Output>
  Request: MethodDefinition<_isa_nats_RequestRequest, _isa_nats_RequestResponse, _isa_nats_RequestRequest__Output, _isa_nats_RequestResponse__Output>
  Subscribe: MethodDefinition<_isa_nats_SubscribeRequest, _isa_nats_MessageResponse, _isa_nats_SubscribeRequest__Output, _isa_nats_MessageResponse__Output>
  Unsubscribe: MethodDefinition<_isa_nats_UnsubscribeRequest, _isa_nats_UnsubscribeResponse, _isa_nats_UnsubscribeRequest__Output, _isa_nats_UnsubscribeResponse__Output>
  UpdateStream: MethodDefinition<_isa_nats_UpdateStreamRequest, _isa_nats_UpdateStreamResponse, _isa_nats_UpdateStreamRequest__Output, _isa_nats_UpdateStreamResponse__Output>
}
