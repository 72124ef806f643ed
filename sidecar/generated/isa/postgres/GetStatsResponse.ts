// Original file: proto/isa/postgres.proto

import type { ResponseMetadata as _isa_common_ResponseMetadata, ResponseMetadata__Output as _isa_common_ResponseMetadata__Output } from '../../isa/common/ResponseMetadata';
import type { ConnectionPoolStats as _isa_postgres_ConnectionPoolStats, ConnectionPoolStats__Output as _isa_postgres_ConnectionPoolStats__Output } from '../../isa/postgres/ConnectionPoolStats';
import type { DatabaseStats as _isa_postgres_DatabaseStats, DatabaseStats__Output as _isa_postgres_DatabaseStats__Output } from '../../isa/postgres/DatabaseStats';

export interface GetStatsResponse {
  'metadata'?: (_isa_common_ResponseMetadata | null);
  'pool_stats'?: (_isa_postgres_ConnectionPoolStats | null);
  'db_stats'?: (_isa_postgres_DatabaseStats | null);
}

export interface GetStatsResponse__Output {
  'metadata': (_isa_common_ResponseMetadata__Output | null);
  'pool_stats': (_isa_postgres_ConnectionPoolStats__Output | null);
  'db_stats': (_isa_postgres_DatabaseStats__Output | null);
}
