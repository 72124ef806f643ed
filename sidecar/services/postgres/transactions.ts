/** BeginTransaction, CommitTransaction, RollbackTransaction: transactions held across calls. */
import { invalidArgument } from "../../errors";
import type { PostgresServiceHandlers } from "../../generated/isa/postgres/PostgresService";
import { type OperationsOf, unary } from "../../operation";
import type { PgOps } from "./context";
import { isolationLevel } from "./held";

type Ops = OperationsOf<PostgresServiceHandlers>;

function transactionId(id: string): string {
  if (id === "") throw invalidArgument("transaction_id is empty");
  return id;
}

export function transactionOperations(pg: PgOps) {
  return {
    BeginTransaction: unary({
      run: async (req, ctx) => {
        const level = isolationLevel(req.isolation_level);
        try {
          // The org's role must exist before a connection can log in as it.
          await pg.backend.provision(ctx.identity.org, pg.schema(ctx, ""));
          return { transaction_id: await pg.transactions.begin(ctx, level, pg.waitUntil(ctx)) };
        } catch (err) {
          throw pg.error(ctx, err);
        }
      },
    }),
    CommitTransaction: unary({
      run: async (req, ctx) => {
        await pg.transactions.commit(ctx, transactionId(req.transaction_id)).catch((err) => {
          throw pg.error(ctx, err);
        });
        return { success: true };
      },
    }),
    RollbackTransaction: unary({
      run: async (req, ctx) => {
        await pg.transactions.rollback(ctx, transactionId(req.transaction_id)).catch((err) => {
          throw pg.error(ctx, err);
        });
        return { success: true };
      },
    }),
  } satisfies Partial<Ops>;
}
