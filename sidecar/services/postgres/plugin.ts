/** Flags and config of the PostgreSQL service, and its construction. */
import { Option } from "commander";
import type { PgPoolLimits, PgServer } from "../../backends/postgres";
import { ConfigError, parseDurationMs, parseInteger, parseUrl } from "../../config";
import type { ServicePlugin } from "../service";
import type { PgLimits } from "./context";

export interface PostgresConfig extends PgLimits {
  server: PgServer;
  tenantSecret: string;
  pools: PgPoolLimits;
}

const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

/**
 * libpq's sslmode as node TLS options. node-postgres cannot fall back between plain and TLS, so
 * allow/prefer connect in plain text (as libpq does when the server offers no TLS); require
 * encrypts without verifying; verify-ca checks the chain; verify-full also the host name.
 */
function sslOptions(flag: string, mode: string): PgServer["ssl"] {
  if (!SSL_MODES.includes(mode)) throw new ConfigError(flag, `sslmode must be one of ${SSL_MODES.join(", ")}`);
  if (mode === "require") return { rejectUnauthorized: false };
  if (mode === "verify-ca") return { rejectUnauthorized: true, checkServerIdentity: () => undefined };
  if (mode === "verify-full") return { rejectUnauthorized: true };
  return false;
}

function fromUrl(value: string): PgServer {
  const url = new URL(parseUrl("--postgres-url", value, ["postgres:", "postgresql:"]));
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (database === "") throw new ConfigError("--postgres-url", "names no database (postgres://host/DATABASE)");
  return {
    host: url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1",
    port: url.port ? parseInteger("--postgres-url", url.port, 1, 65535) : 5432,
    database,
    user: decodeURIComponent(url.username) || "postgres",
    password: url.password ? decodeURIComponent(url.password) : undefined,
    ssl: sslOptions("--postgres-url", url.searchParams.get("sslmode") ?? "disable"),
  };
}

/** The environment names isA services use. */
function fromEnv(env: NodeJS.ProcessEnv): PgServer {
  const host = env.POSTGRES_HOST!;
  if (/[/@?#\s]/.test(host) && !host.startsWith("/")) {
    throw new ConfigError("POSTGRES_HOST", `"${host}" is not a host name`);
  }
  return {
    host,
    port: parseInteger("POSTGRES_PORT", env.POSTGRES_PORT || "5432", 1, 65535),
    database: env.POSTGRES_DB || "postgres",
    user: env.POSTGRES_USER || "postgres",
    password: env.POSTGRES_PASSWORD || undefined,
    ssl: sslOptions("POSTGRES_SSL_MODE", env.POSTGRES_SSL_MODE || "disable"),
  };
}

const num = (o: Record<string, unknown>, key: string, flag: string, min: number, max: number) =>
  parseInteger(flag, String(o[key]), min, max);
const duration = (o: Record<string, unknown>, key: string, flag: string) => {
  const ms = parseDurationMs(flag, String(o[key]));
  if (ms <= 0) throw new ConfigError(flag, "must be positive");
  return ms;
};

function resolvePostgres(o: Record<string, unknown>, env: NodeJS.ProcessEnv): PostgresConfig | undefined {
  const url = o.postgresUrl as string | undefined;
  if (!url && !env.POSTGRES_HOST) return undefined;
  const secret = o.postgresTenantSecret as string | undefined;
  if (!secret) {
    throw new ConfigError("--postgres-tenant-secret", "required with PostgreSQL: tenant role passwords derive from it");
  }
  if (secret.length < 8) throw new ConfigError("--postgres-tenant-secret", "must be at least 8 characters");
  const poolSize = num(o, "postgresPoolSize", "--postgres-pool-size", 1, 1000);
  const maxTransactionsPerOrg = num(o, "postgresMaxTxPerOrg", "--postgres-max-tx-per-org", 0, 1000);
  if (maxTransactionsPerOrg >= poolSize) {
    throw new ConfigError(
      "--postgres-max-tx-per-org",
      "must be below --postgres-pool-size, so calls outside transactions still get a connection",
    );
  }
  const transactionIdleMs = duration(o, "postgresTxIdleTimeout", "--postgres-tx-idle-timeout");
  return {
    server: url ? fromUrl(url) : fromEnv(env),
    tenantSecret: secret,
    pools: {
      maxPools: num(o, "postgresMaxPools", "--postgres-max-pools", 1, 100_000),
      poolSize,
      idleMs: duration(o, "postgresPoolIdle", "--postgres-pool-idle"),
      statementTimeoutMs: duration(o, "postgresStatementTimeout", "--postgres-statement-timeout"),
      // The server ends a transaction the sidecar lost track of (e.g. the sidecar was killed).
      idleInTransactionMs: transactionIdleMs * 2,
      statementCache: {
        count: num(o, "postgresStatementCache", "--postgres-statement-cache", 0, 100_000),
        bytes: num(o, "postgresStatementCacheBytes", "--postgres-statement-cache-bytes", 0, 1024 ** 3),
      },
      pipelineDepth: num(o, "postgresPipeline", "--postgres-pipeline", 1, 1000),
    },
    maxRows: num(o, "postgresMaxRows", "--postgres-max-rows", 1, 10_000_000),
    maxTransactionsPerOrg,
    transactionIdleMs,
  };
}

export const postgresPlugin: ServicePlugin<PostgresConfig> = {
  name: "isa.postgres.PostgresService",
  proto: "isa/postgres.proto",
  options: () => [
    new Option(
      "--postgres-url <url>",
      "PostgreSQL admin connection, postgres://user:pass@host:port/db?sslmode=… (else POSTGRES_HOST/_PORT/_DB/_USER/_PASSWORD/_SSL_MODE; neither: service off)",
    ),
    new Option("--postgres-tenant-secret <secret>", "secret the org roles' passwords derive from").env(
      "ISA_SIDECAR_POSTGRES_TENANT_SECRET",
    ),
    // Defaults: at most 16 × 4 = 64 tenant connections per sidecar, well below a default max_connections of 100.
    new Option("--postgres-max-pools <n>", "organizations with open connections at once")
      .env("ISA_SIDECAR_POSTGRES_MAX_POOLS")
      .default("16"),
    new Option("--postgres-pool-size <n>", "connections per organization")
      .env("ISA_SIDECAR_POSTGRES_POOL_SIZE")
      .default("4"),
    new Option("--postgres-pool-idle <duration>", "close a connection idle this long")
      .env("ISA_SIDECAR_POSTGRES_POOL_IDLE")
      .default("30s"),
    new Option("--postgres-statement-timeout <duration>", "statement timeout of calls without a deadline")
      .env("ISA_SIDECAR_POSTGRES_STATEMENT_TIMEOUT")
      .default("30s"),
    new Option("--postgres-tx-idle-timeout <duration>", "roll back a held transaction idle this long")
      .env("ISA_SIDECAR_POSTGRES_TX_IDLE_TIMEOUT")
      .default("60s"),
    new Option("--postgres-max-tx-per-org <n>", "open held transactions per organization")
      .env("ISA_SIDECAR_POSTGRES_MAX_TX_PER_ORG")
      .default("2"),
    new Option("--postgres-statement-cache <n>", "prepared statements kept per connection (0: none)")
      .env("ISA_SIDECAR_POSTGRES_STATEMENT_CACHE")
      .default("100"),
    new Option("--postgres-statement-cache-bytes <n>", "bytes of SQL text of the statements kept per connection")
      .env("ISA_SIDECAR_POSTGRES_STATEMENT_CACHE_BYTES")
      .default(String(256 * 1024)),
    new Option(
      "--postgres-pipeline <n>",
      "when all of an org's connections are taken, most QueryRow/Execute statements one of them carries at once, each in its own transaction (1: none share)",
    )
      .env("ISA_SIDECAR_POSTGRES_PIPELINE")
      .default("16"),
    new Option("--postgres-max-rows <n>", "most rows one call returns")
      .env("ISA_SIDECAR_POSTGRES_MAX_ROWS")
      .default("10000"),
  ],
  resolve: resolvePostgres,
  create: (config, runtime) => {
    // Required here, not imported above: a sidecar without PostgreSQL never loads pg.
    const { connectPostgres } = require("../../backends/postgres") as typeof import("../../backends/postgres");
    const { createPostgresService } = require("./index") as typeof import("./index");
    const backend = connectPostgres(config.server, config.tenantSecret, config.pools, runtime.log, runtime.setServing);
    return createPostgresService(backend, config);
  },
};
