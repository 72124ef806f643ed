/**
 * HealthCheck and GetStats: the server's real version and the caller's own figures (its pool,
 * its schemas' size and tables, its role's connections); nothing about other orgs.
 */
import type { PostgresServiceHandlers } from "../../generated/isa/postgres/PostgresService";
import { type OperationsOf, unary } from "../../operation";
import type { PgOps } from "./context";
import { jsonToStruct } from "./values";

type Ops = OperationsOf<PostgresServiceHandlers>;

// Schemas owned by the org's role are exactly the org's schemas (provisioning makes them so).
const ORG_FIGURES = `
SELECT current_setting('server_version') AS version,
       coalesce(sum(pg_total_relation_size(c.oid)) FILTER (WHERE c.relkind IN ('r','p','m')), 0)::int8 AS size,
       count(*) FILTER (WHERE c.relkind IN ('r','p')) AS tables,
       (SELECT count(*) FROM pg_stat_activity WHERE usename = current_user) AS connections,
       extract(epoch FROM pg_postmaster_start_time())::float8 AS started
FROM pg_namespace n
LEFT JOIN pg_class c ON c.relnamespace = n.oid
WHERE n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`;

export function healthOperations(pg: PgOps) {
  return {
    HealthCheck: unary({
      run: async (req, ctx) => {
        const started = performance.now();
        let version: string;
        try {
          version = await pg.backend.version();
        } catch {
          // A handled failure, as the isA service answered it: OK with healthy false.
          const message = "PostgreSQL is not reachable";
          const metadata = { success: false, message, error: message, error_code: "UNAVAILABLE" };
          return { metadata, healthy: false, status: "unhealthy", version: "", details: null };
        }
        const pool = pg.backend.stats(ctx.identity.org);
        const details = req.detailed
          ? jsonToStruct({
              latency_ms: Math.round((performance.now() - started) * 1000) / 1000,
              pool_max_connections: pool.max,
              pool_open_connections: pool.open,
              pool_idle_connections: pool.idle,
              open_transactions: pg.transactions.openFor(ctx.identity.org),
              pipelined_statements: pool.pipelined,
            })
          : null;
        // The isA service's words: "healthy" / "unhealthy".
        return { healthy: true, status: "healthy", version, details };
      },
    }),
    GetStats: unary({
      run: (_req, ctx) =>
        pg.session(ctx, "", "", async (s) => {
          const r = await s.run(ORG_FIGURES, [], { limit: 1, overflow: "truncate" });
          const [version, size, tables, connections, startedAt] = r.rows[0]!;
          const pool = pg.backend.stats(ctx.identity.org);
          const startedMs = Number(startedAt) * 1000;
          return {
            pool_stats: {
              max_connections: pool.max,
              open_connections: pool.open,
              idle_connections: pool.idle,
              active_connections: pool.active,
              total_queries: String(pool.queries),
            },
            db_stats: {
              version: version ?? "",
              database_size_bytes: size ?? "0",
              total_tables: Number(tables),
              total_connections: connections ?? "0",
              uptime_since: {
                seconds: String(Math.floor(startedMs / 1000)),
                nanos: Math.round((startedMs % 1000) * 1e6),
              },
            },
          };
        }),
    }),
  } satisfies Partial<Ops>;
}
