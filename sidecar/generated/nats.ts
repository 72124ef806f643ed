import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from './google/protobuf/Duration';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { AckMessageRequest as _isa_nats_AckMessageRequest, AckMessageRequest__Output as _isa_nats_AckMessageRequest__Output } from './isa/nats/AckMessageRequest';
import type { AckMessageResponse as _isa_nats_AckMessageResponse, AckMessageResponse__Output as _isa_nats_AckMessageResponse__Output } from './isa/nats/AckMessageResponse';
import type { ConsumerConfig as _isa_nats_ConsumerConfig, ConsumerConfig__Output as _isa_nats_ConsumerConfig__Output } from './isa/nats/ConsumerConfig';
import type { ConsumerInfo as _isa_nats_ConsumerInfo, ConsumerInfo__Output as _isa_nats_ConsumerInfo__Output } from './isa/nats/ConsumerInfo';
import type { ConsumerState as _isa_nats_ConsumerState, ConsumerState__Output as _isa_nats_ConsumerState__Output } from './isa/nats/ConsumerState';
import type { CreateConsumerRequest as _isa_nats_CreateConsumerRequest, CreateConsumerRequest__Output as _isa_nats_CreateConsumerRequest__Output } from './isa/nats/CreateConsumerRequest';
import type { CreateConsumerResponse as _isa_nats_CreateConsumerResponse, CreateConsumerResponse__Output as _isa_nats_CreateConsumerResponse__Output } from './isa/nats/CreateConsumerResponse';
import type { CreateStreamRequest as _isa_nats_CreateStreamRequest, CreateStreamRequest__Output as _isa_nats_CreateStreamRequest__Output } from './isa/nats/CreateStreamRequest';
import type { CreateStreamResponse as _isa_nats_CreateStreamResponse, CreateStreamResponse__Output as _isa_nats_CreateStreamResponse__Output } from './isa/nats/CreateStreamResponse';
import type { DeleteConsumerRequest as _isa_nats_DeleteConsumerRequest, DeleteConsumerRequest__Output as _isa_nats_DeleteConsumerRequest__Output } from './isa/nats/DeleteConsumerRequest';
import type { DeleteConsumerResponse as _isa_nats_DeleteConsumerResponse, DeleteConsumerResponse__Output as _isa_nats_DeleteConsumerResponse__Output } from './isa/nats/DeleteConsumerResponse';
import type { DeleteStreamRequest as _isa_nats_DeleteStreamRequest, DeleteStreamRequest__Output as _isa_nats_DeleteStreamRequest__Output } from './isa/nats/DeleteStreamRequest';
import type { DeleteStreamResponse as _isa_nats_DeleteStreamResponse, DeleteStreamResponse__Output as _isa_nats_DeleteStreamResponse__Output } from './isa/nats/DeleteStreamResponse';
import type { GetConsumerInfoRequest as _isa_nats_GetConsumerInfoRequest, GetConsumerInfoRequest__Output as _isa_nats_GetConsumerInfoRequest__Output } from './isa/nats/GetConsumerInfoRequest';
import type { GetConsumerInfoResponse as _isa_nats_GetConsumerInfoResponse, GetConsumerInfoResponse__Output as _isa_nats_GetConsumerInfoResponse__Output } from './isa/nats/GetConsumerInfoResponse';
import type { GetStatisticsRequest as _isa_nats_GetStatisticsRequest, GetStatisticsRequest__Output as _isa_nats_GetStatisticsRequest__Output } from './isa/nats/GetStatisticsRequest';
import type { GetStatisticsResponse as _isa_nats_GetStatisticsResponse, GetStatisticsResponse__Output as _isa_nats_GetStatisticsResponse__Output } from './isa/nats/GetStatisticsResponse';
import type { GetStreamInfoRequest as _isa_nats_GetStreamInfoRequest, GetStreamInfoRequest__Output as _isa_nats_GetStreamInfoRequest__Output } from './isa/nats/GetStreamInfoRequest';
import type { GetStreamInfoResponse as _isa_nats_GetStreamInfoResponse, GetStreamInfoResponse__Output as _isa_nats_GetStreamInfoResponse__Output } from './isa/nats/GetStreamInfoResponse';
import type { GetStreamStatsRequest as _isa_nats_GetStreamStatsRequest, GetStreamStatsRequest__Output as _isa_nats_GetStreamStatsRequest__Output } from './isa/nats/GetStreamStatsRequest';
import type { GetStreamStatsResponse as _isa_nats_GetStreamStatsResponse, GetStreamStatsResponse__Output as _isa_nats_GetStreamStatsResponse__Output } from './isa/nats/GetStreamStatsResponse';
import type { JetStreamMessage as _isa_nats_JetStreamMessage, JetStreamMessage__Output as _isa_nats_JetStreamMessage__Output } from './isa/nats/JetStreamMessage';
import type { KVDeleteRequest as _isa_nats_KVDeleteRequest, KVDeleteRequest__Output as _isa_nats_KVDeleteRequest__Output } from './isa/nats/KVDeleteRequest';
import type { KVDeleteResponse as _isa_nats_KVDeleteResponse, KVDeleteResponse__Output as _isa_nats_KVDeleteResponse__Output } from './isa/nats/KVDeleteResponse';
import type { KVGetRequest as _isa_nats_KVGetRequest, KVGetRequest__Output as _isa_nats_KVGetRequest__Output } from './isa/nats/KVGetRequest';
import type { KVGetResponse as _isa_nats_KVGetResponse, KVGetResponse__Output as _isa_nats_KVGetResponse__Output } from './isa/nats/KVGetResponse';
import type { KVKeysRequest as _isa_nats_KVKeysRequest, KVKeysRequest__Output as _isa_nats_KVKeysRequest__Output } from './isa/nats/KVKeysRequest';
import type { KVKeysResponse as _isa_nats_KVKeysResponse, KVKeysResponse__Output as _isa_nats_KVKeysResponse__Output } from './isa/nats/KVKeysResponse';
import type { KVPutRequest as _isa_nats_KVPutRequest, KVPutRequest__Output as _isa_nats_KVPutRequest__Output } from './isa/nats/KVPutRequest';
import type { KVPutResponse as _isa_nats_KVPutResponse, KVPutResponse__Output as _isa_nats_KVPutResponse__Output } from './isa/nats/KVPutResponse';
import type { KVWatchEvent as _isa_nats_KVWatchEvent, KVWatchEvent__Output as _isa_nats_KVWatchEvent__Output } from './isa/nats/KVWatchEvent';
import type { KVWatchRequest as _isa_nats_KVWatchRequest, KVWatchRequest__Output as _isa_nats_KVWatchRequest__Output } from './isa/nats/KVWatchRequest';
import type { ListConsumersRequest as _isa_nats_ListConsumersRequest, ListConsumersRequest__Output as _isa_nats_ListConsumersRequest__Output } from './isa/nats/ListConsumersRequest';
import type { ListConsumersResponse as _isa_nats_ListConsumersResponse, ListConsumersResponse__Output as _isa_nats_ListConsumersResponse__Output } from './isa/nats/ListConsumersResponse';
import type { ListStreamsRequest as _isa_nats_ListStreamsRequest, ListStreamsRequest__Output as _isa_nats_ListStreamsRequest__Output } from './isa/nats/ListStreamsRequest';
import type { ListStreamsResponse as _isa_nats_ListStreamsResponse, ListStreamsResponse__Output as _isa_nats_ListStreamsResponse__Output } from './isa/nats/ListStreamsResponse';
import type { MessageResponse as _isa_nats_MessageResponse, MessageResponse__Output as _isa_nats_MessageResponse__Output } from './isa/nats/MessageResponse';
import type { NATSHealthCheckRequest as _isa_nats_NATSHealthCheckRequest, NATSHealthCheckRequest__Output as _isa_nats_NATSHealthCheckRequest__Output } from './isa/nats/NATSHealthCheckRequest';
import type { NATSHealthCheckResponse as _isa_nats_NATSHealthCheckResponse, NATSHealthCheckResponse__Output as _isa_nats_NATSHealthCheckResponse__Output } from './isa/nats/NATSHealthCheckResponse';
import type { NATSMessage as _isa_nats_NATSMessage, NATSMessage__Output as _isa_nats_NATSMessage__Output } from './isa/nats/NATSMessage';
import type { NATSServiceClient as _isa_nats_NATSServiceClient, NATSServiceDefinition as _isa_nats_NATSServiceDefinition } from './isa/nats/NATSService';
import type { NakMessageRequest as _isa_nats_NakMessageRequest, NakMessageRequest__Output as _isa_nats_NakMessageRequest__Output } from './isa/nats/NakMessageRequest';
import type { NakMessageResponse as _isa_nats_NakMessageResponse, NakMessageResponse__Output as _isa_nats_NakMessageResponse__Output } from './isa/nats/NakMessageResponse';
import type { ObjectDeleteRequest as _isa_nats_ObjectDeleteRequest, ObjectDeleteRequest__Output as _isa_nats_ObjectDeleteRequest__Output } from './isa/nats/ObjectDeleteRequest';
import type { ObjectDeleteResponse as _isa_nats_ObjectDeleteResponse, ObjectDeleteResponse__Output as _isa_nats_ObjectDeleteResponse__Output } from './isa/nats/ObjectDeleteResponse';
import type { ObjectGetRequest as _isa_nats_ObjectGetRequest, ObjectGetRequest__Output as _isa_nats_ObjectGetRequest__Output } from './isa/nats/ObjectGetRequest';
import type { ObjectGetResponse as _isa_nats_ObjectGetResponse, ObjectGetResponse__Output as _isa_nats_ObjectGetResponse__Output } from './isa/nats/ObjectGetResponse';
import type { ObjectInfo as _isa_nats_ObjectInfo, ObjectInfo__Output as _isa_nats_ObjectInfo__Output } from './isa/nats/ObjectInfo';
import type { ObjectListRequest as _isa_nats_ObjectListRequest, ObjectListRequest__Output as _isa_nats_ObjectListRequest__Output } from './isa/nats/ObjectListRequest';
import type { ObjectListResponse as _isa_nats_ObjectListResponse, ObjectListResponse__Output as _isa_nats_ObjectListResponse__Output } from './isa/nats/ObjectListResponse';
import type { ObjectPutRequest as _isa_nats_ObjectPutRequest, ObjectPutRequest__Output as _isa_nats_ObjectPutRequest__Output } from './isa/nats/ObjectPutRequest';
import type { ObjectPutResponse as _isa_nats_ObjectPutResponse, ObjectPutResponse__Output as _isa_nats_ObjectPutResponse__Output } from './isa/nats/ObjectPutResponse';
import type { PublishBatchRequest as _isa_nats_PublishBatchRequest, PublishBatchRequest__Output as _isa_nats_PublishBatchRequest__Output } from './isa/nats/PublishBatchRequest';
import type { PublishBatchResponse as _isa_nats_PublishBatchResponse, PublishBatchResponse__Output as _isa_nats_PublishBatchResponse__Output } from './isa/nats/PublishBatchResponse';
import type { PublishRequest as _isa_nats_PublishRequest, PublishRequest__Output as _isa_nats_PublishRequest__Output } from './isa/nats/PublishRequest';
import type { PublishResponse as _isa_nats_PublishResponse, PublishResponse__Output as _isa_nats_PublishResponse__Output } from './isa/nats/PublishResponse';
import type { PublishToStreamRequest as _isa_nats_PublishToStreamRequest, PublishToStreamRequest__Output as _isa_nats_PublishToStreamRequest__Output } from './isa/nats/PublishToStreamRequest';
import type { PublishToStreamResponse as _isa_nats_PublishToStreamResponse, PublishToStreamResponse__Output as _isa_nats_PublishToStreamResponse__Output } from './isa/nats/PublishToStreamResponse';
import type { PullMessagesRequest as _isa_nats_PullMessagesRequest, PullMessagesRequest__Output as _isa_nats_PullMessagesRequest__Output } from './isa/nats/PullMessagesRequest';
import type { PullMessagesResponse as _isa_nats_PullMessagesResponse, PullMessagesResponse__Output as _isa_nats_PullMessagesResponse__Output } from './isa/nats/PullMessagesResponse';
import type { PurgeStreamRequest as _isa_nats_PurgeStreamRequest, PurgeStreamRequest__Output as _isa_nats_PurgeStreamRequest__Output } from './isa/nats/PurgeStreamRequest';
import type { PurgeStreamResponse as _isa_nats_PurgeStreamResponse, PurgeStreamResponse__Output as _isa_nats_PurgeStreamResponse__Output } from './isa/nats/PurgeStreamResponse';
import type { QueueSubscribeRequest as _isa_nats_QueueSubscribeRequest, QueueSubscribeRequest__Output as _isa_nats_QueueSubscribeRequest__Output } from './isa/nats/QueueSubscribeRequest';
import type { RequestRequest as _isa_nats_RequestRequest, RequestRequest__Output as _isa_nats_RequestRequest__Output } from './isa/nats/RequestRequest';
import type { RequestResponse as _isa_nats_RequestResponse, RequestResponse__Output as _isa_nats_RequestResponse__Output } from './isa/nats/RequestResponse';
import type { StreamConfig as _isa_nats_StreamConfig, StreamConfig__Output as _isa_nats_StreamConfig__Output } from './isa/nats/StreamConfig';
import type { StreamInfo as _isa_nats_StreamInfo, StreamInfo__Output as _isa_nats_StreamInfo__Output } from './isa/nats/StreamInfo';
import type { StreamState as _isa_nats_StreamState, StreamState__Output as _isa_nats_StreamState__Output } from './isa/nats/StreamState';
import type { SubscribeRequest as _isa_nats_SubscribeRequest, SubscribeRequest__Output as _isa_nats_SubscribeRequest__Output } from './isa/nats/SubscribeRequest';
import type { UnsubscribeRequest as _isa_nats_UnsubscribeRequest, UnsubscribeRequest__Output as _isa_nats_UnsubscribeRequest__Output } from './isa/nats/UnsubscribeRequest';
import type { UnsubscribeResponse as _isa_nats_UnsubscribeResponse, UnsubscribeResponse__Output as _isa_nats_UnsubscribeResponse__Output } from './isa/nats/UnsubscribeResponse';
import type { UpdateStreamRequest as _isa_nats_UpdateStreamRequest, UpdateStreamRequest__Output as _isa_nats_UpdateStreamRequest__Output } from './isa/nats/UpdateStreamRequest';
import type { UpdateStreamResponse as _isa_nats_UpdateStreamResponse, UpdateStreamResponse__Output as _isa_nats_UpdateStreamResponse__Output } from './isa/nats/UpdateStreamResponse';

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
    nats: {
      AckMessageRequest: MessageTypeDefinition<_isa_nats_AckMessageRequest, _isa_nats_AckMessageRequest__Output>
      AckMessageResponse: MessageTypeDefinition<_isa_nats_AckMessageResponse, _isa_nats_AckMessageResponse__Output>
      AckPolicy: EnumTypeDefinition
      ConsumerConfig: MessageTypeDefinition<_isa_nats_ConsumerConfig, _isa_nats_ConsumerConfig__Output>
      ConsumerInfo: MessageTypeDefinition<_isa_nats_ConsumerInfo, _isa_nats_ConsumerInfo__Output>
      ConsumerState: MessageTypeDefinition<_isa_nats_ConsumerState, _isa_nats_ConsumerState__Output>
      CreateConsumerRequest: MessageTypeDefinition<_isa_nats_CreateConsumerRequest, _isa_nats_CreateConsumerRequest__Output>
      CreateConsumerResponse: MessageTypeDefinition<_isa_nats_CreateConsumerResponse, _isa_nats_CreateConsumerResponse__Output>
      CreateStreamRequest: MessageTypeDefinition<_isa_nats_CreateStreamRequest, _isa_nats_CreateStreamRequest__Output>
      CreateStreamResponse: MessageTypeDefinition<_isa_nats_CreateStreamResponse, _isa_nats_CreateStreamResponse__Output>
      DeleteConsumerRequest: MessageTypeDefinition<_isa_nats_DeleteConsumerRequest, _isa_nats_DeleteConsumerRequest__Output>
      DeleteConsumerResponse: MessageTypeDefinition<_isa_nats_DeleteConsumerResponse, _isa_nats_DeleteConsumerResponse__Output>
      DeleteStreamRequest: MessageTypeDefinition<_isa_nats_DeleteStreamRequest, _isa_nats_DeleteStreamRequest__Output>
      DeleteStreamResponse: MessageTypeDefinition<_isa_nats_DeleteStreamResponse, _isa_nats_DeleteStreamResponse__Output>
      DeliveryPolicy: EnumTypeDefinition
      GetConsumerInfoRequest: MessageTypeDefinition<_isa_nats_GetConsumerInfoRequest, _isa_nats_GetConsumerInfoRequest__Output>
      GetConsumerInfoResponse: MessageTypeDefinition<_isa_nats_GetConsumerInfoResponse, _isa_nats_GetConsumerInfoResponse__Output>
      GetStatisticsRequest: MessageTypeDefinition<_isa_nats_GetStatisticsRequest, _isa_nats_GetStatisticsRequest__Output>
      GetStatisticsResponse: MessageTypeDefinition<_isa_nats_GetStatisticsResponse, _isa_nats_GetStatisticsResponse__Output>
      GetStreamInfoRequest: MessageTypeDefinition<_isa_nats_GetStreamInfoRequest, _isa_nats_GetStreamInfoRequest__Output>
      GetStreamInfoResponse: MessageTypeDefinition<_isa_nats_GetStreamInfoResponse, _isa_nats_GetStreamInfoResponse__Output>
      GetStreamStatsRequest: MessageTypeDefinition<_isa_nats_GetStreamStatsRequest, _isa_nats_GetStreamStatsRequest__Output>
      GetStreamStatsResponse: MessageTypeDefinition<_isa_nats_GetStreamStatsResponse, _isa_nats_GetStreamStatsResponse__Output>
      JetStreamMessage: MessageTypeDefinition<_isa_nats_JetStreamMessage, _isa_nats_JetStreamMessage__Output>
      KVDeleteRequest: MessageTypeDefinition<_isa_nats_KVDeleteRequest, _isa_nats_KVDeleteRequest__Output>
      KVDeleteResponse: MessageTypeDefinition<_isa_nats_KVDeleteResponse, _isa_nats_KVDeleteResponse__Output>
      KVGetRequest: MessageTypeDefinition<_isa_nats_KVGetRequest, _isa_nats_KVGetRequest__Output>
      KVGetResponse: MessageTypeDefinition<_isa_nats_KVGetResponse, _isa_nats_KVGetResponse__Output>
      KVKeysRequest: MessageTypeDefinition<_isa_nats_KVKeysRequest, _isa_nats_KVKeysRequest__Output>
      KVKeysResponse: MessageTypeDefinition<_isa_nats_KVKeysResponse, _isa_nats_KVKeysResponse__Output>
      KVOperation: EnumTypeDefinition
      KVPutRequest: MessageTypeDefinition<_isa_nats_KVPutRequest, _isa_nats_KVPutRequest__Output>
      KVPutResponse: MessageTypeDefinition<_isa_nats_KVPutResponse, _isa_nats_KVPutResponse__Output>
      KVWatchEvent: MessageTypeDefinition<_isa_nats_KVWatchEvent, _isa_nats_KVWatchEvent__Output>
      KVWatchRequest: MessageTypeDefinition<_isa_nats_KVWatchRequest, _isa_nats_KVWatchRequest__Output>
      ListConsumersRequest: MessageTypeDefinition<_isa_nats_ListConsumersRequest, _isa_nats_ListConsumersRequest__Output>
      ListConsumersResponse: MessageTypeDefinition<_isa_nats_ListConsumersResponse, _isa_nats_ListConsumersResponse__Output>
      ListStreamsRequest: MessageTypeDefinition<_isa_nats_ListStreamsRequest, _isa_nats_ListStreamsRequest__Output>
      ListStreamsResponse: MessageTypeDefinition<_isa_nats_ListStreamsResponse, _isa_nats_ListStreamsResponse__Output>
      MessageResponse: MessageTypeDefinition<_isa_nats_MessageResponse, _isa_nats_MessageResponse__Output>
      NATSHealthCheckRequest: MessageTypeDefinition<_isa_nats_NATSHealthCheckRequest, _isa_nats_NATSHealthCheckRequest__Output>
      NATSHealthCheckResponse: MessageTypeDefinition<_isa_nats_NATSHealthCheckResponse, _isa_nats_NATSHealthCheckResponse__Output>
      NATSMessage: MessageTypeDefinition<_isa_nats_NATSMessage, _isa_nats_NATSMessage__Output>
      NATSService: SubtypeConstructor<typeof grpc.Client, _isa_nats_NATSServiceClient> & { service: _isa_nats_NATSServiceDefinition }
      NakMessageRequest: MessageTypeDefinition<_isa_nats_NakMessageRequest, _isa_nats_NakMessageRequest__Output>
      NakMessageResponse: MessageTypeDefinition<_isa_nats_NakMessageResponse, _isa_nats_NakMessageResponse__Output>
      ObjectDeleteRequest: MessageTypeDefinition<_isa_nats_ObjectDeleteRequest, _isa_nats_ObjectDeleteRequest__Output>
      ObjectDeleteResponse: MessageTypeDefinition<_isa_nats_ObjectDeleteResponse, _isa_nats_ObjectDeleteResponse__Output>
      ObjectGetRequest: MessageTypeDefinition<_isa_nats_ObjectGetRequest, _isa_nats_ObjectGetRequest__Output>
      ObjectGetResponse: MessageTypeDefinition<_isa_nats_ObjectGetResponse, _isa_nats_ObjectGetResponse__Output>
      ObjectInfo: MessageTypeDefinition<_isa_nats_ObjectInfo, _isa_nats_ObjectInfo__Output>
      ObjectListRequest: MessageTypeDefinition<_isa_nats_ObjectListRequest, _isa_nats_ObjectListRequest__Output>
      ObjectListResponse: MessageTypeDefinition<_isa_nats_ObjectListResponse, _isa_nats_ObjectListResponse__Output>
      ObjectPutRequest: MessageTypeDefinition<_isa_nats_ObjectPutRequest, _isa_nats_ObjectPutRequest__Output>
      ObjectPutResponse: MessageTypeDefinition<_isa_nats_ObjectPutResponse, _isa_nats_ObjectPutResponse__Output>
      PublishBatchRequest: MessageTypeDefinition<_isa_nats_PublishBatchRequest, _isa_nats_PublishBatchRequest__Output>
      PublishBatchResponse: MessageTypeDefinition<_isa_nats_PublishBatchResponse, _isa_nats_PublishBatchResponse__Output>
      PublishRequest: MessageTypeDefinition<_isa_nats_PublishRequest, _isa_nats_PublishRequest__Output>
      PublishResponse: MessageTypeDefinition<_isa_nats_PublishResponse, _isa_nats_PublishResponse__Output>
      PublishToStreamRequest: MessageTypeDefinition<_isa_nats_PublishToStreamRequest, _isa_nats_PublishToStreamRequest__Output>
      PublishToStreamResponse: MessageTypeDefinition<_isa_nats_PublishToStreamResponse, _isa_nats_PublishToStreamResponse__Output>
      PullMessagesRequest: MessageTypeDefinition<_isa_nats_PullMessagesRequest, _isa_nats_PullMessagesRequest__Output>
      PullMessagesResponse: MessageTypeDefinition<_isa_nats_PullMessagesResponse, _isa_nats_PullMessagesResponse__Output>
      PurgeStreamRequest: MessageTypeDefinition<_isa_nats_PurgeStreamRequest, _isa_nats_PurgeStreamRequest__Output>
      PurgeStreamResponse: MessageTypeDefinition<_isa_nats_PurgeStreamResponse, _isa_nats_PurgeStreamResponse__Output>
      QueueSubscribeRequest: MessageTypeDefinition<_isa_nats_QueueSubscribeRequest, _isa_nats_QueueSubscribeRequest__Output>
      ReplayPolicy: EnumTypeDefinition
      RequestRequest: MessageTypeDefinition<_isa_nats_RequestRequest, _isa_nats_RequestRequest__Output>
      RequestResponse: MessageTypeDefinition<_isa_nats_RequestResponse, _isa_nats_RequestResponse__Output>
      StorageType: EnumTypeDefinition
      StreamConfig: MessageTypeDefinition<_isa_nats_StreamConfig, _isa_nats_StreamConfig__Output>
      StreamInfo: MessageTypeDefinition<_isa_nats_StreamInfo, _isa_nats_StreamInfo__Output>
      StreamState: MessageTypeDefinition<_isa_nats_StreamState, _isa_nats_StreamState__Output>
      SubscribeRequest: MessageTypeDefinition<_isa_nats_SubscribeRequest, _isa_nats_SubscribeRequest__Output>
      UnsubscribeRequest: MessageTypeDefinition<_isa_nats_UnsubscribeRequest, _isa_nats_UnsubscribeRequest__Output>
      UnsubscribeResponse: MessageTypeDefinition<_isa_nats_UnsubscribeResponse, _isa_nats_UnsubscribeResponse__Output>
      UpdateStreamRequest: MessageTypeDefinition<_isa_nats_UpdateStreamRequest, _isa_nats_UpdateStreamRequest__Output>
      UpdateStreamResponse: MessageTypeDefinition<_isa_nats_UpdateStreamResponse, _isa_nats_UpdateStreamResponse__Output>
    }
  }
}

