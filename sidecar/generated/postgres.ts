import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value';
import type { AuthContext as _isa_common_AuthContext, AuthContext__Output as _isa_common_AuthContext__Output } from './isa/common/AuthContext';
import type { BaseResponse as _isa_common_BaseResponse, BaseResponse__Output as _isa_common_BaseResponse__Output } from './isa/common/BaseResponse';
import type { Organization as _isa_common_Organization, Organization__Output as _isa_common_Organization__Output } from './isa/common/Organization';
import type { RequestContext as _isa_common_RequestContext, RequestContext__Output as _isa_common_RequestContext__Output } from './isa/common/RequestContext';
import type { RequestMetadata as _isa_common_RequestMetadata, RequestMetadata__Output as _isa_common_RequestMetadata__Output } from './isa/common/RequestMetadata';
import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from './isa/common/ResponseMetadata';
import type { User as _isa_common_User, User__Output as _isa_common_User__Output } from './isa/common/User';
import type { BatchOperation as _isa_postgres_BatchOperation, BatchOperation__Output as _isa_postgres_BatchOperation__Output } from './isa/postgres/BatchOperation';
import type { BeginTransactionRequest as _isa_postgres_BeginTransactionRequest, BeginTransactionRequest__Output as _isa_postgres_BeginTransactionRequest__Output } from './isa/postgres/BeginTransactionRequest';
import type { BeginTransactionResponse as _isa_postgres_BeginTransactionResponse, BeginTransactionResponse__Output as _isa_postgres_BeginTransactionResponse__Output } from './isa/postgres/BeginTransactionResponse';
import type { ColumnInfo as _isa_postgres_ColumnInfo, ColumnInfo__Output as _isa_postgres_ColumnInfo__Output } from './isa/postgres/ColumnInfo';
import type { CommitTransactionRequest as _isa_postgres_CommitTransactionRequest, CommitTransactionRequest__Output as _isa_postgres_CommitTransactionRequest__Output } from './isa/postgres/CommitTransactionRequest';
import type { CommitTransactionResponse as _isa_postgres_CommitTransactionResponse, CommitTransactionResponse__Output as _isa_postgres_CommitTransactionResponse__Output } from './isa/postgres/CommitTransactionResponse';
import type { ConnectionPoolStats as _isa_postgres_ConnectionPoolStats, ConnectionPoolStats__Output as _isa_postgres_ConnectionPoolStats__Output } from './isa/postgres/ConnectionPoolStats';
import type { DatabaseStats as _isa_postgres_DatabaseStats, DatabaseStats__Output as _isa_postgres_DatabaseStats__Output } from './isa/postgres/DatabaseStats';
import type { DeleteFromRequest as _isa_postgres_DeleteFromRequest, DeleteFromRequest__Output as _isa_postgres_DeleteFromRequest__Output } from './isa/postgres/DeleteFromRequest';
import type { DeleteFromResponse as _isa_postgres_DeleteFromResponse, DeleteFromResponse__Output as _isa_postgres_DeleteFromResponse__Output } from './isa/postgres/DeleteFromResponse';
import type { ExecuteBatchRequest as _isa_postgres_ExecuteBatchRequest, ExecuteBatchRequest__Output as _isa_postgres_ExecuteBatchRequest__Output } from './isa/postgres/ExecuteBatchRequest';
import type { ExecuteBatchResponse as _isa_postgres_ExecuteBatchResponse, ExecuteBatchResponse__Output as _isa_postgres_ExecuteBatchResponse__Output } from './isa/postgres/ExecuteBatchResponse';
import type { ExecuteInTransactionRequest as _isa_postgres_ExecuteInTransactionRequest, ExecuteInTransactionRequest__Output as _isa_postgres_ExecuteInTransactionRequest__Output } from './isa/postgres/ExecuteInTransactionRequest';
import type { ExecuteInTransactionResponse as _isa_postgres_ExecuteInTransactionResponse, ExecuteInTransactionResponse__Output as _isa_postgres_ExecuteInTransactionResponse__Output } from './isa/postgres/ExecuteInTransactionResponse';
import type { ExecuteRequest as _isa_postgres_ExecuteRequest, ExecuteRequest__Output as _isa_postgres_ExecuteRequest__Output } from './isa/postgres/ExecuteRequest';
import type { ExecuteResponse as _isa_postgres_ExecuteResponse, ExecuteResponse__Output as _isa_postgres_ExecuteResponse__Output } from './isa/postgres/ExecuteResponse';
import type { ExecuteResult as _isa_postgres_ExecuteResult, ExecuteResult__Output as _isa_postgres_ExecuteResult__Output } from './isa/postgres/ExecuteResult';
import type { GetStatsRequest as _isa_postgres_GetStatsRequest, GetStatsRequest__Output as _isa_postgres_GetStatsRequest__Output } from './isa/postgres/GetStatsRequest';
import type { GetStatsResponse as _isa_postgres_GetStatsResponse, GetStatsResponse__Output as _isa_postgres_GetStatsResponse__Output } from './isa/postgres/GetStatsResponse';
import type { GetTableInfoRequest as _isa_postgres_GetTableInfoRequest, GetTableInfoRequest__Output as _isa_postgres_GetTableInfoRequest__Output } from './isa/postgres/GetTableInfoRequest';
import type { GetTableInfoResponse as _isa_postgres_GetTableInfoResponse, GetTableInfoResponse__Output as _isa_postgres_GetTableInfoResponse__Output } from './isa/postgres/GetTableInfoResponse';
import type { HealthCheckRequest as _isa_postgres_HealthCheckRequest, HealthCheckRequest__Output as _isa_postgres_HealthCheckRequest__Output } from './isa/postgres/HealthCheckRequest';
import type { HealthCheckResponse as _isa_postgres_HealthCheckResponse, HealthCheckResponse__Output as _isa_postgres_HealthCheckResponse__Output } from './isa/postgres/HealthCheckResponse';
import type { InsertIntoRequest as _isa_postgres_InsertIntoRequest, InsertIntoRequest__Output as _isa_postgres_InsertIntoRequest__Output } from './isa/postgres/InsertIntoRequest';
import type { InsertIntoResponse as _isa_postgres_InsertIntoResponse, InsertIntoResponse__Output as _isa_postgres_InsertIntoResponse__Output } from './isa/postgres/InsertIntoResponse';
import type { ListTablesRequest as _isa_postgres_ListTablesRequest, ListTablesRequest__Output as _isa_postgres_ListTablesRequest__Output } from './isa/postgres/ListTablesRequest';
import type { ListTablesResponse as _isa_postgres_ListTablesResponse, ListTablesResponse__Output as _isa_postgres_ListTablesResponse__Output } from './isa/postgres/ListTablesResponse';
import type { PostgresServiceClient as _isa_postgres_PostgresServiceClient, PostgresServiceDefinition as _isa_postgres_PostgresServiceDefinition } from './isa/postgres/PostgresService';
import type { QueryRequest as _isa_postgres_QueryRequest, QueryRequest__Output as _isa_postgres_QueryRequest__Output } from './isa/postgres/QueryRequest';
import type { QueryResponse as _isa_postgres_QueryResponse, QueryResponse__Output as _isa_postgres_QueryResponse__Output } from './isa/postgres/QueryResponse';
import type { QueryRowRequest as _isa_postgres_QueryRowRequest, QueryRowRequest__Output as _isa_postgres_QueryRowRequest__Output } from './isa/postgres/QueryRowRequest';
import type { QueryRowResponse as _isa_postgres_QueryRowResponse, QueryRowResponse__Output as _isa_postgres_QueryRowResponse__Output } from './isa/postgres/QueryRowResponse';
import type { RollbackTransactionRequest as _isa_postgres_RollbackTransactionRequest, RollbackTransactionRequest__Output as _isa_postgres_RollbackTransactionRequest__Output } from './isa/postgres/RollbackTransactionRequest';
import type { RollbackTransactionResponse as _isa_postgres_RollbackTransactionResponse, RollbackTransactionResponse__Output as _isa_postgres_RollbackTransactionResponse__Output } from './isa/postgres/RollbackTransactionResponse';
import type { SelectFromRequest as _isa_postgres_SelectFromRequest, SelectFromRequest__Output as _isa_postgres_SelectFromRequest__Output } from './isa/postgres/SelectFromRequest';
import type { SelectFromResponse as _isa_postgres_SelectFromResponse, SelectFromResponse__Output as _isa_postgres_SelectFromResponse__Output } from './isa/postgres/SelectFromResponse';
import type { TableExistsRequest as _isa_postgres_TableExistsRequest, TableExistsRequest__Output as _isa_postgres_TableExistsRequest__Output } from './isa/postgres/TableExistsRequest';
import type { TableExistsResponse as _isa_postgres_TableExistsResponse, TableExistsResponse__Output as _isa_postgres_TableExistsResponse__Output } from './isa/postgres/TableExistsResponse';
import type { TableInfo as _isa_postgres_TableInfo, TableInfo__Output as _isa_postgres_TableInfo__Output } from './isa/postgres/TableInfo';
import type { UpdateTableRequest as _isa_postgres_UpdateTableRequest, UpdateTableRequest__Output as _isa_postgres_UpdateTableRequest__Output } from './isa/postgres/UpdateTableRequest';
import type { UpdateTableResponse as _isa_postgres_UpdateTableResponse, UpdateTableResponse__Output as _isa_postgres_UpdateTableResponse__Output } from './isa/postgres/UpdateTableResponse';
import type { WhereClause as _isa_postgres_WhereClause, WhereClause__Output as _isa_postgres_WhereClause__Output } from './isa/postgres/WhereClause';

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
    common: {
      AuthContext: MessageTypeDefinition<_isa_common_AuthContext, _isa_common_AuthContext__Output>
      BaseResponse: MessageTypeDefinition<_isa_common_BaseResponse, _isa_common_BaseResponse__Output>
      Organization: MessageTypeDefinition<_isa_common_Organization, _isa_common_Organization__Output>
      RequestContext: MessageTypeDefinition<_isa_common_RequestContext, _isa_common_RequestContext__Output>
      RequestMetadata: MessageTypeDefinition<_isa_common_RequestMetadata, _isa_common_RequestMetadata__Output>
      ResponseMetadata: MessageTypeDefinition<_isa_common_ResponseMetadata, _isa_common_ResponseMetadata__Output>
      User: MessageTypeDefinition<_isa_common_User, _isa_common_User__Output>
    }
    postgres: {
      BatchOperation: MessageTypeDefinition<_isa_postgres_BatchOperation, _isa_postgres_BatchOperation__Output>
      BeginTransactionRequest: MessageTypeDefinition<_isa_postgres_BeginTransactionRequest, _isa_postgres_BeginTransactionRequest__Output>
      BeginTransactionResponse: MessageTypeDefinition<_isa_postgres_BeginTransactionResponse, _isa_postgres_BeginTransactionResponse__Output>
      ColumnInfo: MessageTypeDefinition<_isa_postgres_ColumnInfo, _isa_postgres_ColumnInfo__Output>
      CommitTransactionRequest: MessageTypeDefinition<_isa_postgres_CommitTransactionRequest, _isa_postgres_CommitTransactionRequest__Output>
      CommitTransactionResponse: MessageTypeDefinition<_isa_postgres_CommitTransactionResponse, _isa_postgres_CommitTransactionResponse__Output>
      ConnectionPoolStats: MessageTypeDefinition<_isa_postgres_ConnectionPoolStats, _isa_postgres_ConnectionPoolStats__Output>
      DatabaseStats: MessageTypeDefinition<_isa_postgres_DatabaseStats, _isa_postgres_DatabaseStats__Output>
      DeleteFromRequest: MessageTypeDefinition<_isa_postgres_DeleteFromRequest, _isa_postgres_DeleteFromRequest__Output>
      DeleteFromResponse: MessageTypeDefinition<_isa_postgres_DeleteFromResponse, _isa_postgres_DeleteFromResponse__Output>
      ExecuteBatchRequest: MessageTypeDefinition<_isa_postgres_ExecuteBatchRequest, _isa_postgres_ExecuteBatchRequest__Output>
      ExecuteBatchResponse: MessageTypeDefinition<_isa_postgres_ExecuteBatchResponse, _isa_postgres_ExecuteBatchResponse__Output>
      ExecuteInTransactionRequest: MessageTypeDefinition<_isa_postgres_ExecuteInTransactionRequest, _isa_postgres_ExecuteInTransactionRequest__Output>
      ExecuteInTransactionResponse: MessageTypeDefinition<_isa_postgres_ExecuteInTransactionResponse, _isa_postgres_ExecuteInTransactionResponse__Output>
      ExecuteRequest: MessageTypeDefinition<_isa_postgres_ExecuteRequest, _isa_postgres_ExecuteRequest__Output>
      ExecuteResponse: MessageTypeDefinition<_isa_postgres_ExecuteResponse, _isa_postgres_ExecuteResponse__Output>
      ExecuteResult: MessageTypeDefinition<_isa_postgres_ExecuteResult, _isa_postgres_ExecuteResult__Output>
      GetStatsRequest: MessageTypeDefinition<_isa_postgres_GetStatsRequest, _isa_postgres_GetStatsRequest__Output>
      GetStatsResponse: MessageTypeDefinition<_isa_postgres_GetStatsResponse, _isa_postgres_GetStatsResponse__Output>
      GetTableInfoRequest: MessageTypeDefinition<_isa_postgres_GetTableInfoRequest, _isa_postgres_GetTableInfoRequest__Output>
      GetTableInfoResponse: MessageTypeDefinition<_isa_postgres_GetTableInfoResponse, _isa_postgres_GetTableInfoResponse__Output>
      HealthCheckRequest: MessageTypeDefinition<_isa_postgres_HealthCheckRequest, _isa_postgres_HealthCheckRequest__Output>
      HealthCheckResponse: MessageTypeDefinition<_isa_postgres_HealthCheckResponse, _isa_postgres_HealthCheckResponse__Output>
      InsertIntoRequest: MessageTypeDefinition<_isa_postgres_InsertIntoRequest, _isa_postgres_InsertIntoRequest__Output>
      InsertIntoResponse: MessageTypeDefinition<_isa_postgres_InsertIntoResponse, _isa_postgres_InsertIntoResponse__Output>
      ListTablesRequest: MessageTypeDefinition<_isa_postgres_ListTablesRequest, _isa_postgres_ListTablesRequest__Output>
      ListTablesResponse: MessageTypeDefinition<_isa_postgres_ListTablesResponse, _isa_postgres_ListTablesResponse__Output>
      PostgresService: SubtypeConstructor<typeof grpc.Client, _isa_postgres_PostgresServiceClient> & { service: _isa_postgres_PostgresServiceDefinition }
      QueryRequest: MessageTypeDefinition<_isa_postgres_QueryRequest, _isa_postgres_QueryRequest__Output>
      QueryResponse: MessageTypeDefinition<_isa_postgres_QueryResponse, _isa_postgres_QueryResponse__Output>
      QueryRowRequest: MessageTypeDefinition<_isa_postgres_QueryRowRequest, _isa_postgres_QueryRowRequest__Output>
      QueryRowResponse: MessageTypeDefinition<_isa_postgres_QueryRowResponse, _isa_postgres_QueryRowResponse__Output>
      RollbackTransactionRequest: MessageTypeDefinition<_isa_postgres_RollbackTransactionRequest, _isa_postgres_RollbackTransactionRequest__Output>
      RollbackTransactionResponse: MessageTypeDefinition<_isa_postgres_RollbackTransactionResponse, _isa_postgres_RollbackTransactionResponse__Output>
      SelectFromRequest: MessageTypeDefinition<_isa_postgres_SelectFromRequest, _isa_postgres_SelectFromRequest__Output>
      SelectFromResponse: MessageTypeDefinition<_isa_postgres_SelectFromResponse, _isa_postgres_SelectFromResponse__Output>
      TableExistsRequest: MessageTypeDefinition<_isa_postgres_TableExistsRequest, _isa_postgres_TableExistsRequest__Output>
      TableExistsResponse: MessageTypeDefinition<_isa_postgres_TableExistsResponse, _isa_postgres_TableExistsResponse__Output>
      TableInfo: MessageTypeDefinition<_isa_postgres_TableInfo, _isa_postgres_TableInfo__Output>
      UpdateTableRequest: MessageTypeDefinition<_isa_postgres_UpdateTableRequest, _isa_postgres_UpdateTableRequest__Output>
      UpdateTableResponse: MessageTypeDefinition<_isa_postgres_UpdateTableResponse, _isa_postgres_UpdateTableResponse__Output>
      WhereClause: MessageTypeDefinition<_isa_postgres_WhereClause, _isa_postgres_WhereClause__Output>
    }
  }
}

