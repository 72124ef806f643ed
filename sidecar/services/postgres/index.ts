/**
 * isa.postgres.PostgresService: all 17 RPCs, each group in its own file, every answer with its
 * ResponseMetadata (response.ts). The `satisfies` below
 * makes the compiler check that every RPC of the contract is implemented with its types.
 */
import type { PostgresBackend } from "../../backends/postgres";
import type { PostgresServiceHandlers } from "../../generated/isa/postgres/PostgresService";
import type { OperationsOf } from "../../operation";
import type { BackendService } from "../service";
import { type PgLimits, PgOps } from "./context";
import { translatePgError } from "./errors";
import { healthOperations } from "./health";
import { metadataOperations } from "./metadata";
import { withResponseMetadata } from "./response";
import { sqlOperations } from "./sql";
import { tableOperations } from "./tables";
import { transactionOperations } from "./transactions";

export const POSTGRES_SERVICE = "isa.postgres.PostgresService";

export function createPostgresService(backend: PostgresBackend, limits: PgLimits): BackendService {
  const pg = new PgOps(backend, limits);
  // Every answer carries isa.common.ResponseMetadata, stamped once for all 17 RPCs.
  const operations = withResponseMetadata({
    ...sqlOperations(pg),
    ...tableOperations(pg),
    ...transactionOperations(pg),
    ...metadataOperations(pg),
    ...healthOperations(pg),
  } satisfies OperationsOf<PostgresServiceHandlers>);
  return {
    name: POSTGRES_SERVICE,
    operations,
    translateError: translatePgError,
    async close() {
      await pg.transactions.closeAll();
      await backend.close();
    },
  };
}
