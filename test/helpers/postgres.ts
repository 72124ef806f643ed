/**
 * PostgreSQL for tests: the shared server's admin connection (to set up and clean up what a
 * test created), and private servers a test may stop and restart (initdb + pg_ctl on a free
 * port and a temporary directory, run as the `postgres` user because initdb refuses root).
 */

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { pgRole } from "../../sidecar/tenancy";
import { freePort } from "./ports";

export const SHARED_PG_URL = "postgres://postgres@127.0.0.1:5432/test";
export const TENANT_SECRET = "test-secret";
export const POSTGRES_SERVICE = "isa.postgres.PostgresService";

/** Sidecar flags for PostgreSQL at `url`, plus any extra flags. */
export function postgresArgs(url = SHARED_PG_URL, extra: string[] = []): string[] {
  return ["--postgres-url", url, "--postgres-tenant-secret", TENANT_SECRET, ...extra];
}

/** A unique org id for one test run (roles and schemas are created for it). */
export const uniqueOrg = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = SHARED_PG_URL,
): Promise<pg.QueryResult<R>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query<R>(sql, params);
  } finally {
    await client.end();
  }
}

/** Runs `statement`, again after PostgreSQL's "tuple concurrently updated" (XX000), a few times. */
async function retryConcurrentUpdate<T>(statement: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (err) {
      if ((err as { code?: string }).code !== "XX000" || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** Drops what the sidecar created for these orgs: their schemas and objects, then their roles. */
export async function dropOrgs(orgs: string[], url = SHARED_PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const org of orgs) {
      const role = pgRole(org);
      const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
      if (!exists.rowCount) continue;
      await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", [role]);
      // DROP OWNED revokes the role's CONNECT on the database: a sidecar of another test GRANTing
      // on it at that moment makes PostgreSQL fail one of the two with XX000 (the sidecar retries).
      await retryConcurrentUpdate(() => client.query(`DROP OWNED BY ${pg.escapeIdentifier(role)} CASCADE`));
      await client.query(`DROP ROLE ${pg.escapeIdentifier(role)}`);
    }
  } finally {
    await client.end();
  }
}

/** The directory holding initdb and pg_ctl of the installed PostgreSQL. */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => join(root, v, "bin")).find((d) => existsSync(join(d, "initdb")));
  if (!bin) throw new Error(`no initdb under ${root}`);
  return bin;
}

export interface PrivatePostgres {
  readonly port: number;
  /** Admin URL of the private server's `postgres` database. */
  readonly url: string;
  start(): void;
  stop(): void;
  /** Stops the server and removes its directory. */
  destroy(): void;
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root. */
function runAsPostgres(tool: string, args: string[]): void {
  const asRoot = userInfo().uid === 0;
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", tool, ...args]] : [tool, args];
  execFileSync(cmd, argv, { stdio: ["ignore", "ignore", "pipe"], timeout: 60_000 });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "isa-pg-"));
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  runAsPostgres(join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) => runAsPostgres(join(bin, "pg_ctl"), ["-D", data, ...args]);
  const server: PrivatePostgres = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => pgCtl("-o", options, "-l", join(dir, "log"), "-w", "start"),
    stop: () => pgCtl("-m", "fast", "-w", "stop"),
    destroy() {
      try {
        server.stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

// --- talking to the sidecar's PostgresService ----------------------------------------------------

// biome-ignore lint/suspicious/noExplicitAny: protobuf Values as the test client decodes them
type AnyValue = any;

/** Request values: `val("x")`, `val(1)`, `val(true)`, `val(null)`, `val([1, 2])`. */
export function val(x: unknown): AnyValue {
  if (x === null) return { nullValue: "NULL_VALUE" };
  if (typeof x === "string") return { stringValue: x };
  if (typeof x === "number") return { numberValue: x };
  if (typeof x === "boolean") return { boolValue: x };
  if (Array.isArray(x)) return { listValue: { values: x.map(val) } };
  return { structValue: struct(x as Record<string, unknown>) };
}

export function struct(o: Record<string, unknown>): AnyValue {
  return { fields: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, val(v)])) };
}

/** A received Value as plain JS (null for NULL). */
export function plainValue(v: AnyValue): unknown {
  switch (v?.kind) {
    case "nullValue":
      return null;
    case "numberValue":
      return v.numberValue;
    case "stringValue":
      return v.stringValue;
    case "boolValue":
      return v.boolValue;
    case "structValue":
      return plain(v.structValue);
    case "listValue":
      return (v.listValue.values ?? []).map(plainValue);
    default:
      return undefined;
  }
}

/** A received Struct (a row) as a plain object. */
export function plain(s: AnyValue): Record<string, unknown> {
  return Object.fromEntries(Object.entries(s?.fields ?? {}).map(([k, v]) => [k, plainValue(v)]));
}

/** Asserts that the call fails with `code` (a grpc status) and, when given, a message matching `pattern`. */
export async function rejectsWith(call: Promise<unknown>, code: number, pattern?: RegExp): Promise<string> {
  let details = "";
  await assert.rejects(call, (err: { code?: number; details?: string }) => {
    details = err.details ?? "";
    assert.equal(err.code, code, `expected status ${code}, got ${err.code}: ${details}`);
    if (pattern) assert.match(details, pattern);
    return true;
  });
  return details;
}
