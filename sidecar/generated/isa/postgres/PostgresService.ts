// Original file: proto/isa/postgres.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BeginTransactionRequest as _isa_postgres_BeginTransactionRequest, BeginTransactionRequest__Output as _isa_postgres_BeginTransactionRequest__Output } from '../../isa/postgres/BeginTransactionRequest';
import type { BeginTransactionResponse as _isa_postgres_BeginTransactionResponse, BeginTransactionResponse__Output as _isa_postgres_BeginTransactionResponse__Output } from '../../isa/postgres/BeginTransactionResponse';
import type { CommitTransactionRequest as _isa_postgres_CommitTransactionRequest, CommitTransactionRequest__Output as _isa_postgres_CommitTransactionRequest__Output } from '../../isa/postgres/CommitTransactionRequest';
import type { CommitTransactionResponse as _isa_postgres_CommitTransactionResponse, CommitTransactionResponse__Output as _isa_postgres_CommitTransactionResponse__Output } from '../../isa/postgres/CommitTransactionResponse';
import type { DeleteFromRequest as _isa_postgres_DeleteFromRequest, DeleteFromRequest__Output as _isa_postgres_DeleteFromRequest__Output } from '../../isa/postgres/DeleteFromRequest';
import type { DeleteFromResponse as _isa_postgres_DeleteFromResponse, DeleteFromResponse__Output as _isa_postgres_DeleteFromResponse__Output } from '../../isa/postgres/DeleteFromResponse';
import type { ExecuteBatchRequest as _isa_postgres_ExecuteBatchRequest, ExecuteBatchRequest__Output as _isa_postgres_ExecuteBatchRequest__Output } from '../../isa/postgres/ExecuteBatchRequest';
import type { ExecuteBatchResponse as _isa_postgres_ExecuteBatchResponse, ExecuteBatchResponse__Output as _isa_postgres_ExecuteBatchResponse__Output } from '../../isa/postgres/ExecuteBatchResponse';
import type { ExecuteInTransactionRequest as _isa_postgres_ExecuteInTransactionRequest, ExecuteInTransactionRequest__Output as _isa_postgres_ExecuteInTransactionRequest__Output } from '../../isa/postgres/ExecuteInTransactionRequest';
import type { ExecuteInTransactionResponse as _isa_postgres_ExecuteInTransactionResponse, ExecuteInTransactionResponse__Output as _isa_postgres_ExecuteInTransactionResponse__Output } from '../../isa/postgres/ExecuteInTransactionResponse';
import type { ExecuteRequest as _isa_postgres_ExecuteRequest, ExecuteRequest__Output as _isa_postgres_ExecuteRequest__Output } from '../../isa/postgres/ExecuteRequest';
import type { ExecuteResponse as _isa_postgres_ExecuteResponse, ExecuteResponse__Output as _isa_postgres_ExecuteResponse__Output } from '../../isa/postgres/ExecuteResponse';
import type { GetStatsRequest as _isa_postgres_GetStatsRequest, GetStatsRequest__Output as _isa_postgres_GetStatsRequest__Output } from '../../isa/postgres/GetStatsRequest';
import type { GetStatsResponse as _isa_postgres_GetStatsResponse, GetStatsResponse__Output as _isa_postgres_GetStatsResponse__Output } from '../../isa/postgres/GetStatsResponse';
import type { GetTableInfoRequest as _isa_postgres_GetTableInfoRequest, GetTableInfoRequest__Output as _isa_postgres_GetTableInfoRequest__Output } from '../../isa/postgres/GetTableInfoRequest';
import type { GetTableInfoResponse as _isa_postgres_GetTableInfoResponse, GetTableInfoResponse__Output as _isa_postgres_GetTableInfoResponse__Output } from '../../isa/postgres/GetTableInfoResponse';
import type { HealthCheckRequest as _isa_postgres_HealthCheckRequest, HealthCheckRequest__Output as _isa_postgres_HealthCheckRequest__Output } from '../../isa/postgres/HealthCheckRequest';
import type { HealthCheckResponse as _isa_postgres_HealthCheckResponse, HealthCheckResponse__Output as _isa_postgres_HealthCheckResponse__Output } from '../../isa/postgres/HealthCheckResponse';
import type { InsertIntoRequest as _isa_postgres_InsertIntoRequest, InsertIntoRequest__Output as _isa_postgres_InsertIntoRequest__Output } from '../../isa/postgres/InsertIntoRequest';
import type { InsertIntoResponse as _isa_postgres_InsertIntoResponse, InsertIntoResponse__Output as _isa_postgres_InsertIntoResponse__Output } from '../../isa/postgres/InsertIntoResponse';
import type { ListTablesRequest as _isa_postgres_ListTablesRequest, ListTablesRequest__Output as _isa_postgres_ListTablesRequest__Output } from '../../isa/postgres/ListTablesRequest';
import type { ListTablesResponse as _isa_postgres_ListTablesResponse, ListTablesResponse__Output as _isa_postgres_ListTablesResponse__Output } from '../../isa/postgres/ListTablesResponse';
import type { QueryRequest as _isa_postgres_QueryRequest, QueryRequest__Output as _isa_postgres_QueryRequest__Output } from '../../isa/postgres/QueryRequest';
import type { QueryResponse as _isa_postgres_QueryResponse, QueryResponse__Output as _isa_postgres_QueryResponse__Output } from '../../isa/postgres/QueryResponse';
import type { QueryRowRequest as _isa_postgres_QueryRowRequest, QueryRowRequest__Output as _isa_postgres_QueryRowRequest__Output } from '../../isa/postgres/QueryRowRequest';
import type { QueryRowResponse as _isa_postgres_QueryRowResponse, QueryRowResponse__Output as _isa_postgres_QueryRowResponse__Output } from '../../isa/postgres/QueryRowResponse';
import type { RollbackTransactionRequest as _isa_postgres_RollbackTransactionRequest, RollbackTransactionRequest__Output as _isa_postgres_RollbackTransactionRequest__Output } from '../../isa/postgres/RollbackTransactionRequest';
import type { RollbackTransactionResponse as _isa_postgres_RollbackTransactionResponse, RollbackTransactionResponse__Output as _isa_postgres_RollbackTransactionResponse__Output } from '../../isa/postgres/RollbackTransactionResponse';
import type { SelectFromRequest as _isa_postgres_SelectFromRequest, SelectFromRequest__Output as _isa_postgres_SelectFromRequest__Output } from '../../isa/postgres/SelectFromRequest';
import type { SelectFromResponse as _isa_postgres_SelectFromResponse, SelectFromResponse__Output as _isa_postgres_SelectFromResponse__Output } from '../../isa/postgres/SelectFromResponse';
import type { TableExistsRequest as _isa_postgres_TableExistsRequest, TableExistsRequest__Output as _isa_postgres_TableExistsRequest__Output } from '../../isa/postgres/TableExistsRequest';
import type { TableExistsResponse as _isa_postgres_TableExistsResponse, TableExistsResponse__Output as _isa_postgres_TableExistsResponse__Output } from '../../isa/postgres/TableExistsResponse';
import type { UpdateTableRequest as _isa_postgres_UpdateTableRequest, UpdateTableRequest__Output as _isa_postgres_UpdateTableRequest__Output } from '../../isa/postgres/UpdateTableRequest';
import type { UpdateTableResponse as _isa_postgres_UpdateTableResponse, UpdateTableResponse__Output as _isa_postgres_UpdateTableResponse__Output } from '../../isa/postgres/UpdateTableResponse';

export interface PostgresServiceClient extends grpc.Client {
  BeginTransaction(argument: _isa_postgres_BeginTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  BeginTransaction(argument: _isa_postgres_BeginTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  BeginTransaction(argument: _isa_postgres_BeginTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  BeginTransaction(argument: _isa_postgres_BeginTransactionRequest, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  beginTransaction(argument: _isa_postgres_BeginTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  beginTransaction(argument: _isa_postgres_BeginTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  beginTransaction(argument: _isa_postgres_BeginTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  beginTransaction(argument: _isa_postgres_BeginTransactionRequest, callback: grpc.requestCallback<_isa_postgres_BeginTransactionResponse__Output>): grpc.ClientUnaryCall;
  
  CommitTransaction(argument: _isa_postgres_CommitTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  CommitTransaction(argument: _isa_postgres_CommitTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  CommitTransaction(argument: _isa_postgres_CommitTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  CommitTransaction(argument: _isa_postgres_CommitTransactionRequest, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  commitTransaction(argument: _isa_postgres_CommitTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  commitTransaction(argument: _isa_postgres_CommitTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  commitTransaction(argument: _isa_postgres_CommitTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  commitTransaction(argument: _isa_postgres_CommitTransactionRequest, callback: grpc.requestCallback<_isa_postgres_CommitTransactionResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteFrom(argument: _isa_postgres_DeleteFromRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  DeleteFrom(argument: _isa_postgres_DeleteFromRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  DeleteFrom(argument: _isa_postgres_DeleteFromRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  DeleteFrom(argument: _isa_postgres_DeleteFromRequest, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  deleteFrom(argument: _isa_postgres_DeleteFromRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  deleteFrom(argument: _isa_postgres_DeleteFromRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  deleteFrom(argument: _isa_postgres_DeleteFromRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  deleteFrom(argument: _isa_postgres_DeleteFromRequest, callback: grpc.requestCallback<_isa_postgres_DeleteFromResponse__Output>): grpc.ClientUnaryCall;
  
  Execute(argument: _isa_postgres_ExecuteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  Execute(argument: _isa_postgres_ExecuteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  Execute(argument: _isa_postgres_ExecuteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  Execute(argument: _isa_postgres_ExecuteRequest, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  execute(argument: _isa_postgres_ExecuteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  execute(argument: _isa_postgres_ExecuteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  execute(argument: _isa_postgres_ExecuteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  execute(argument: _isa_postgres_ExecuteRequest, callback: grpc.requestCallback<_isa_postgres_ExecuteResponse__Output>): grpc.ClientUnaryCall;
  
  ExecuteBatch(argument: _isa_postgres_ExecuteBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  ExecuteBatch(argument: _isa_postgres_ExecuteBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  ExecuteBatch(argument: _isa_postgres_ExecuteBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  ExecuteBatch(argument: _isa_postgres_ExecuteBatchRequest, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_postgres_ExecuteBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_postgres_ExecuteBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_postgres_ExecuteBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  executeBatch(argument: _isa_postgres_ExecuteBatchRequest, callback: grpc.requestCallback<_isa_postgres_ExecuteBatchResponse__Output>): grpc.ClientUnaryCall;
  
  ExecuteInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  ExecuteInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  ExecuteInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  ExecuteInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  executeInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  executeInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  executeInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  executeInTransaction(argument: _isa_postgres_ExecuteInTransactionRequest, callback: grpc.requestCallback<_isa_postgres_ExecuteInTransactionResponse__Output>): grpc.ClientUnaryCall;
  
  GetStats(argument: _isa_postgres_GetStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  GetStats(argument: _isa_postgres_GetStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  GetStats(argument: _isa_postgres_GetStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  GetStats(argument: _isa_postgres_GetStatsRequest, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  getStats(argument: _isa_postgres_GetStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  getStats(argument: _isa_postgres_GetStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  getStats(argument: _isa_postgres_GetStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  getStats(argument: _isa_postgres_GetStatsRequest, callback: grpc.requestCallback<_isa_postgres_GetStatsResponse__Output>): grpc.ClientUnaryCall;
  
  GetTableInfo(argument: _isa_postgres_GetTableInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  GetTableInfo(argument: _isa_postgres_GetTableInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  GetTableInfo(argument: _isa_postgres_GetTableInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  GetTableInfo(argument: _isa_postgres_GetTableInfoRequest, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  getTableInfo(argument: _isa_postgres_GetTableInfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  getTableInfo(argument: _isa_postgres_GetTableInfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  getTableInfo(argument: _isa_postgres_GetTableInfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  getTableInfo(argument: _isa_postgres_GetTableInfoRequest, callback: grpc.requestCallback<_isa_postgres_GetTableInfoResponse__Output>): grpc.ClientUnaryCall;
  
  HealthCheck(argument: _isa_postgres_HealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_postgres_HealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_postgres_HealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  HealthCheck(argument: _isa_postgres_HealthCheckRequest, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_postgres_HealthCheckRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_postgres_HealthCheckRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_postgres_HealthCheckRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  healthCheck(argument: _isa_postgres_HealthCheckRequest, callback: grpc.requestCallback<_isa_postgres_HealthCheckResponse__Output>): grpc.ClientUnaryCall;
  
  InsertInto(argument: _isa_postgres_InsertIntoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  InsertInto(argument: _isa_postgres_InsertIntoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  InsertInto(argument: _isa_postgres_InsertIntoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  InsertInto(argument: _isa_postgres_InsertIntoRequest, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  insertInto(argument: _isa_postgres_InsertIntoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  insertInto(argument: _isa_postgres_InsertIntoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  insertInto(argument: _isa_postgres_InsertIntoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  insertInto(argument: _isa_postgres_InsertIntoRequest, callback: grpc.requestCallback<_isa_postgres_InsertIntoResponse__Output>): grpc.ClientUnaryCall;
  
  ListTables(argument: _isa_postgres_ListTablesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  ListTables(argument: _isa_postgres_ListTablesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  ListTables(argument: _isa_postgres_ListTablesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  ListTables(argument: _isa_postgres_ListTablesRequest, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  listTables(argument: _isa_postgres_ListTablesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  listTables(argument: _isa_postgres_ListTablesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  listTables(argument: _isa_postgres_ListTablesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  listTables(argument: _isa_postgres_ListTablesRequest, callback: grpc.requestCallback<_isa_postgres_ListTablesResponse__Output>): grpc.ClientUnaryCall;
  
  Query(argument: _isa_postgres_QueryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  Query(argument: _isa_postgres_QueryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  Query(argument: _isa_postgres_QueryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  Query(argument: _isa_postgres_QueryRequest, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  query(argument: _isa_postgres_QueryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  query(argument: _isa_postgres_QueryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  query(argument: _isa_postgres_QueryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  query(argument: _isa_postgres_QueryRequest, callback: grpc.requestCallback<_isa_postgres_QueryResponse__Output>): grpc.ClientUnaryCall;
  
  QueryRow(argument: _isa_postgres_QueryRowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  QueryRow(argument: _isa_postgres_QueryRowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  QueryRow(argument: _isa_postgres_QueryRowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  QueryRow(argument: _isa_postgres_QueryRowRequest, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  queryRow(argument: _isa_postgres_QueryRowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  queryRow(argument: _isa_postgres_QueryRowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  queryRow(argument: _isa_postgres_QueryRowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  queryRow(argument: _isa_postgres_QueryRowRequest, callback: grpc.requestCallback<_isa_postgres_QueryRowResponse__Output>): grpc.ClientUnaryCall;
  
  RollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  RollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  RollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  RollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  rollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  rollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  rollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  rollbackTransaction(argument: _isa_postgres_RollbackTransactionRequest, callback: grpc.requestCallback<_isa_postgres_RollbackTransactionResponse__Output>): grpc.ClientUnaryCall;
  
  SelectFrom(argument: _isa_postgres_SelectFromRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  SelectFrom(argument: _isa_postgres_SelectFromRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  SelectFrom(argument: _isa_postgres_SelectFromRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  SelectFrom(argument: _isa_postgres_SelectFromRequest, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  selectFrom(argument: _isa_postgres_SelectFromRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  selectFrom(argument: _isa_postgres_SelectFromRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  selectFrom(argument: _isa_postgres_SelectFromRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  selectFrom(argument: _isa_postgres_SelectFromRequest, callback: grpc.requestCallback<_isa_postgres_SelectFromResponse__Output>): grpc.ClientUnaryCall;
  
  TableExists(argument: _isa_postgres_TableExistsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  TableExists(argument: _isa_postgres_TableExistsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  TableExists(argument: _isa_postgres_TableExistsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  TableExists(argument: _isa_postgres_TableExistsRequest, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  tableExists(argument: _isa_postgres_TableExistsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  tableExists(argument: _isa_postgres_TableExistsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  tableExists(argument: _isa_postgres_TableExistsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  tableExists(argument: _isa_postgres_TableExistsRequest, callback: grpc.requestCallback<_isa_postgres_TableExistsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateTable(argument: _isa_postgres_UpdateTableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  UpdateTable(argument: _isa_postgres_UpdateTableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  UpdateTable(argument: _isa_postgres_UpdateTableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  UpdateTable(argument: _isa_postgres_UpdateTableRequest, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  updateTable(argument: _isa_postgres_UpdateTableRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  updateTable(argument: _isa_postgres_UpdateTableRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  updateTable(argument: _isa_postgres_UpdateTableRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  updateTable(argument: _isa_postgres_UpdateTableRequest, callback: grpc.requestCallback<_isa_postgres_UpdateTableResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PostgresServiceHandlers extends grpc.UntypedServiceImplementation {
  BeginTransaction: grpc.handleUnaryCall<_isa_postgres_BeginTransactionRequest__Output, _isa_postgres_BeginTransactionResponse>;
  
  CommitTransaction: grpc.handleUnaryCall<_isa_postgres_CommitTransactionRequest__Output, _isa_postgres_CommitTransactionResponse>;
  
  DeleteFrom: grpc.handleUnaryCall<_isa_postgres_DeleteFromRequest__Output, _isa_postgres_DeleteFromResponse>;
  
  Execute: grpc.handleUnaryCall<_isa_postgres_ExecuteRequest__Output, _isa_postgres_ExecuteResponse>;
  
  ExecuteBatch: grpc.handleUnaryCall<_isa_postgres_ExecuteBatchRequest__Output, _isa_postgres_ExecuteBatchResponse>;
  
  ExecuteInTransaction: grpc.handleUnaryCall<_isa_postgres_ExecuteInTransactionRequest__Output, _isa_postgres_ExecuteInTransactionResponse>;
  
  GetStats: grpc.handleUnaryCall<_isa_postgres_GetStatsRequest__Output, _isa_postgres_GetStatsResponse>;
  
  GetTableInfo: grpc.handleUnaryCall<_isa_postgres_GetTableInfoRequest__Output, _isa_postgres_GetTableInfoResponse>;
  
  HealthCheck: grpc.handleUnaryCall<_isa_postgres_HealthCheckRequest__Output, _isa_postgres_HealthCheckResponse>;
  
  InsertInto: grpc.handleUnaryCall<_isa_postgres_InsertIntoRequest__Output, _isa_postgres_InsertIntoResponse>;
  
  ListTables: grpc.handleUnaryCall<_isa_postgres_ListTablesRequest__Output, _isa_postgres_ListTablesResponse>;
  
  Query: grpc.handleUnaryCall<_isa_postgres_QueryRequest__Output, _isa_postgres_QueryResponse>;
  
  QueryRow: grpc.handleUnaryCall<_isa_postgres_QueryRowRequest__Output, _isa_postgres_QueryRowResponse>;
  
  RollbackTransaction: grpc.handleUnaryCall<_isa_postgres_RollbackTransactionRequest__Output, _isa_postgres_RollbackTransactionResponse>;
  
  SelectFrom: grpc.handleUnaryCall<_isa_postgres_SelectFromRequest__Output, _isa_postgres_SelectFromResponse>;
  
  TableExists: grpc.handleUnaryCall<_isa_postgres_TableExistsRequest__Output, _isa_postgres_TableExistsResponse>;
  
  UpdateTable: grpc.handleUnaryCall<_isa_postgres_UpdateTableRequest__Output, _isa_postgres_UpdateTableResponse>;
  
}

export interface PostgresServiceDefinition extends grpc.ServiceDefinition {
  BeginTransaction: MethodDefinition<_isa_postgres_BeginTransactionRequest, _isa_postgres_BeginTransactionResponse, _isa_postgres_BeginTransactionRequest__Output, _isa_postgres_BeginTransactionResponse__Output>
  CommitTransaction: MethodDefinition<_isa_postgres_CommitTransactionRequest, _isa_postgres_CommitTransactionResponse, _isa_postgres_CommitTransactionRequest__Output, _isa_postgres_CommitTransactionResponse__Output>
  DeleteFrom: MethodDefinition<_isa_postgres_DeleteFromRequest, _isa_postgres_DeleteFromResponse, _isa_postgres_DeleteFromRequest__Output, _isa_postgres_DeleteFromResponse__Output>
  Execute: MethodDefinition<_isa_postgres_ExecuteRequest, _isa_postgres_ExecuteResponse, _isa_postgres_ExecuteRequest__Output, _isa_postgres_ExecuteResponse__Output>
  ExecuteBatch: MethodDefinition<_isa_postgres_ExecuteBatchRequest, _isa_postgres_ExecuteBatchResponse, _isa_postgres_ExecuteBatchRequest__Output, _isa_postgres_ExecuteBatchResponse__Output>
  ExecuteInTransaction: MethodDefinition<_isa_postgres_ExecuteInTransactionRequest, _isa_postgres_ExecuteInTransactionResponse, _isa_postgres_ExecuteInTransactionRequest__Output, _isa_postgres_ExecuteInTransactionResponse__Output>
  GetStats: MethodDefinition<_isa_postgres_GetStatsRequest, _isa_postgres_GetStatsResponse, _isa_postgres_GetStatsRequest__Output, _isa_postgres_GetStatsResponse__Output>
  GetTableInfo: MethodDefinition<_isa_postgres_GetTableInfoRequest, _isa_postgres_GetTableInfoResponse, _isa_postgres_GetTableInfoRequest__Output, _isa_postgres_GetTableInfoResponse__Output>
  HealthCheck: MethodDefinition<_isa_postgres_HealthCheckRequest, _isa_postgres_HealthCheckResponse, _isa_postgres_HealthCheckRequest__Output, _isa_postgres_HealthCheckResponse__Output>
  InsertInto: MethodDefinition<_isa_postgres_InsertIntoRequest, _isa_postgres_InsertIntoResponse, _isa_postgres_InsertIntoRequest__Output, _isa_postgres_InsertIntoResponse__Output>
  ListTables: MethodDefinition<_isa_postgres_ListTablesRequest, _isa_postgres_ListTablesResponse, _isa_postgres_ListTablesRequest__Output, _isa_postgres_ListTablesResponse__Output>
  Query: MethodDefinition<_isa_postgres_QueryRequest, _isa_postgres_QueryResponse, _isa_postgres_QueryRequest__Output, _isa_postgres_QueryResponse__Output>
  QueryRow: MethodDefinition<_isa_postgres_QueryRowRequest, _isa_postgres_QueryRowResponse, _isa_postgres_QueryRowRequest__Output, _isa_postgres_QueryRowResponse__Output>
  RollbackTransaction: MethodDefinition<_isa_postgres_RollbackTransactionRequest, _isa_postgres_RollbackTransactionResponse, _isa_postgres_RollbackTransactionRequest__Output, _isa_postgres_RollbackTransactionResponse__Output>
  SelectFrom: MethodDefinition<_isa_postgres_SelectFromRequest, _isa_postgres_SelectFromResponse, _isa_postgres_SelectFromRequest__Output, _isa_postgres_SelectFromResponse__Output>
  TableExists: MethodDefinition<_isa_postgres_TableExistsRequest, _isa_postgres_TableExistsResponse, _isa_postgres_TableExistsRequest__Output, _isa_postgres_TableExistsResponse__Output>
  UpdateTable: MethodDefinition<_isa_postgres_UpdateTableRequest, _isa_postgres_UpdateTableResponse, _isa_postgres_UpdateTableRequest__Output, _isa_postgres_UpdateTableResponse__Output>
}
