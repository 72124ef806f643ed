/**
 * PostgreSQL: the administrative connection, tenant provisioning, and one connection pool per
 * organisation logged in as that organisation's own role.
 *
 * The administrative connection only provisions (roles, schemas, grants) and answers health
 * checks; it never runs a caller's SQL. A caller's SQL runs on a connection whose session user
 * IS the org's role, so PostgreSQL's own privilege checks are the tenant boundary: `SET ROLE`,
 * `RESET ROLE` and `set_config` cannot leave it, because there is nowhere to go back to.
 */
import { createHash, createHmac, pbkdf2, randomBytes } from "node:crypto";
import { connect as netConnect } from "node:net";
import type { ConnectionOptions } from "node:tls";
import { promisify } from "node:util";
import pg from "pg";
import type { Logger } from "../../shared/logger";
import { resourceExhausted, SidecarError } from "../errors";
import { pgRole } from "../tenancy";

export interface PgServer {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
  ssl: false | ConnectionOptions;
}

export interface PgPoolLimits {
  /** Organisations with a pool at once; the least recently used idle pool is closed for a new one. */
  maxPools: number;
  /** Connections per organisation. */
  poolSize: number;
  /** An idle connection is closed after this long. */
  idleMs: number;
  /** statement_timeout of a fresh connection (calls without a deadline keep it). */
  statementTimeoutMs: number;
  /** Server-side backstop for a transaction the sidecar forgot: idle_in_transaction_session_timeout. */
  idleInTransactionMs: number;
  /** Prepared statements kept per connection: at most `count`, and `bytes` of SQL text. */
  statementCache: { count: number; bytes: number };
  /** Most calls' statements one connection carries at once (pipelining); 1 turns it off. */
  pipelineDepth: number;
}

/** A connection lent to one call (or one held transaction). */
export interface Lease {
  readonly client: pg.PoolClient;
  /** Set when the connection failed while lent; it is then never reused. */
  readonly broken: Error | undefined;
  /** Called once if the connection fails while lent (a held transaction is then lost). */
  onBroken(listener: (err: Error) => void): void;
  /** Returns the connection; `discard` closes it instead (unknown session state, cancelled statement). */
  release(discard?: boolean): void;
}

export interface OrgPoolStats {
  max: number;
  open: number;
  idle: number;
  active: number;
  waiting: number;
  queries: number;
  /** Statements that went on a connection while another was in flight there (pipelining). */
  pipelined: number;
}

export interface PostgresBackend {
  readonly server: PgServer;
  readonly limits: PgPoolLimits;
  /** Makes sure the org's role and this physical schema exist; cached after the first success. */
  provision(org: string, schema: string): Promise<void>;
  /** Forgets what was provisioned for the org, so the next call checks again (schema dropped, login failed). */
  forget(org: string): void;
  /** A connection logged in as the org's role; waits for a free one until `until` (epoch ms). */
  lease(org: string, until: number): Promise<Lease>;
  /** Asks PostgreSQL to cancel what this connection is running (the protocol's CancelRequest). */
  cancel(client: pg.ClientBase): void;
  countQuery(org: string): void;
  countPipelined(org: string): void;
  stats(org: string): OrgPoolStats;
  /** Server version through the administrative connection; throws when PostgreSQL is unreachable. */
  version(): Promise<string>;
  /** A call saw the server go away: report not serving and probe until it is back. */
  reportDown(): void;
  close(): Promise<void>;
}

// --- tenant passwords ---------------------------------------------------------------------------

/** The org role's password: derived from the secret, so every sidecar replica agrees without storing it. */
export function tenantPassword(secret: string, org: string): string {
  return createHmac("sha256", secret).update(`isa-sidecar/postgres/${org}`).digest("base64url");
}

const pbkdf2Async = promisify(pbkdf2);

/**
 * A SCRAM-SHA-256 verifier (RFC 5802/7677), the form PostgreSQL stores. Sending the verifier
 * instead of the password keeps the password out of the server's statement log.
 */
export async function scramVerifier(password: string): Promise<string> {
  const salt = randomBytes(16);
  const iterations = 4096;
  const salted = await pbkdf2Async(password, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", salted).update("Server Key").digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}

// --- provisioning --------------------------------------------------------------------------------

const ident = (name: string) => pg.escapeIdentifier(name);
const ROLE_ATTRIBUTES = "LOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

async function provisionRole(admin: pg.ClientBase, role: string, password: string): Promise<void> {
  const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  const verifier = pg.escapeLiteral(await scramVerifier(password));
  const verb = exists.rowCount ? "ALTER" : "CREATE";
  await admin.query(`${verb} ROLE ${ident(role)} WITH ${ROLE_ATTRIBUTES} PASSWORD ${verifier}`);
  const db = (await admin.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
  // An existing role may carry settings it gave itself (ALTER ROLE ... SET role/search_path).
  await admin.query(`ALTER ROLE ${ident(role)} RESET ALL`);
  await admin.query(`ALTER ROLE ${ident(role)} IN DATABASE ${ident(db)} RESET ALL`);
  const memberships = await admin.query("SELECT 1 FROM pg_auth_members WHERE member = $1::regrole", [role]);
  if (memberships.rowCount) {
    throw new SidecarError(
      "failed_precondition",
      "the organization's database role is a member of other roles; an administrator must revoke that",
    );
  }
  // Explicit, so provisioning also works where CONNECT was revoked from PUBLIC.
  await admin.query(`GRANT CONNECT ON DATABASE ${ident(db)} TO ${ident(role)}`);
}

async function provisionSchema(admin: pg.ClientBase, role: string, schema: string): Promise<void> {
  await admin.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)} AUTHORIZATION ${ident(role)}`);
  const owner = await admin.query<{ owner: string }>(
    "SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1",
    [schema],
  );
  if (owner.rows[0]?.owner !== role) {
    throw new SidecarError("failed_precondition", "the schema exists but is not owned by the organization's role");
  }
  await admin.query(`REVOKE ALL ON SCHEMA ${ident(schema)} FROM PUBLIC`);
}

const DUPLICATE = new Set(["42710", "23505", "42P06"]);

/**
 * The advisory lock key of an org's provisioning. Advisory locks are open to every role, so the
 * key derives from the secret: an org cannot compute another org's key and hold it to stall it.
 */
export function provisioningLockKey(secret: string, role: string): string {
  return createHmac("sha256", secret).update(`isa-sidecar/postgres/lock/${role}`).digest().readBigInt64BE().toString();
}

/** The lock every org's role provisioning takes too: it GRANTs on the one database (see provision). */
const DATABASE_LOCK = "";

interface ProvisionRequest {
  role: string;
  password: string;
  lockKey: string;
  /** provisioningLockKey(secret, DATABASE_LOCK). */
  databaseLockKey: string;
  schema: string;
  withRole: boolean;
}

/**
 * Worth another try: a duplicate from a sidecar on another database (roles are cluster-wide,
 * advisory locks per database), once; and XX000, PostgreSQL's "tuple concurrently updated" when
 * something outside this lock (an administrator, another tool) changes the database's grants at
 * the same moment, a few times.
 */
function retryable(code: string | undefined, attempt: number): boolean {
  if (code === "XX000") return attempt < 3;
  return attempt === 0 && code !== undefined && DUPLICATE.has(code);
}

/**
 * Role and schema in one admin transaction, under an advisory lock keyed by the role, so
 * concurrent first calls (in this or another sidecar) take turns. Provisioning a role also takes
 * the database's lock: it GRANTs CONNECT on the database, and PostgreSQL fails two concurrent
 * GRANTs on one object with "tuple concurrently updated", so different orgs' first calls take
 * turns there (always database lock first, then the role's: no deadlock).
 */
async function provision(admin: pg.Pool, req: ProvisionRequest): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const client = await admin.connect();
    try {
      // Bounded, so a stuck provisioning cannot hold every first call of an org forever.
      await client.query("BEGIN; SET LOCAL statement_timeout = '15s'");
      if (req.withRole) await client.query("SELECT pg_advisory_xact_lock($1::int8)", [req.databaseLockKey]);
      await client.query("SELECT pg_advisory_xact_lock($1::int8)", [req.lockKey]);
      if (req.withRole) await provisionRole(client, req.role, req.password);
      await provisionSchema(client, req.role, req.schema);
      await client.query("COMMIT");
      client.release();
      return;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      client.release();
      const code = (err as { code?: string }).code;
      if (!retryable(code, attempt)) throw err;
      // Apart, so two that collided do not collide again.
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}

// --- per-org pools -------------------------------------------------------------------------------

interface OrgPool {
  readonly pool: pg.Pool;
  lent: number;
  queries: number;
  pipelined: number;
}

class OrgPools {
  /** Map order is recency: the first entry is the least recently used. */
  private readonly pools = new Map<string, OrgPool>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly config: (org: string) => pg.PoolConfig,
    private readonly limits: PgPoolLimits,
    private readonly log: Logger,
  ) {}

  async lease(org: string, until: number): Promise<Lease> {
    const entry = await this.entry(org, until);
    entry.lent++;
    try {
      const client = await connectBefore(entry.pool, until, this.limits.poolSize);
      return this.lent(entry, client);
    } catch (err) {
      this.returned(entry);
      throw err;
    }
  }

  stats(org: string): OrgPoolStats {
    const e = this.pools.get(org);
    const open = e?.pool.totalCount ?? 0;
    const idle = e?.pool.idleCount ?? 0;
    return {
      max: this.limits.poolSize,
      open,
      idle,
      active: open - idle,
      waiting: e?.pool.waitingCount ?? 0,
      queries: e?.queries ?? 0,
      pipelined: e?.pipelined ?? 0,
    };
  }

  countQuery(org: string): void {
    const e = this.pools.get(org);
    if (e) e.queries++;
  }

  countPipelined(org: string): void {
    const e = this.pools.get(org);
    if (e) e.pipelined++;
  }

  async close(): Promise<void> {
    const all = [...this.pools.values()];
    this.pools.clear();
    await Promise.allSettled(all.map((e) => e.pool.end()));
  }

  /** The org's pool, most recently used from now on; may wait for another org's pool to go idle. */
  private async entry(org: string, until: number): Promise<OrgPool> {
    for (;;) {
      const found = this.pools.get(org);
      if (found) {
        this.pools.delete(org);
        this.pools.set(org, found);
        return found;
      }
      if (this.pools.size < this.limits.maxPools || this.evictIdle()) {
        const pool = new pg.Pool(this.config(org));
        pool.on("error", (err) => this.log.debug({ err: err.message }, "idle postgres connection failed"));
        const created: OrgPool = { pool, lent: 0, queries: 0, pipelined: 0 };
        this.pools.set(org, created);
        return created;
      }
      await this.waitForReturn(until);
    }
  }

  private evictIdle(): boolean {
    for (const [org, e] of this.pools) {
      if (e.lent === 0) {
        this.pools.delete(org);
        void e.pool.end().catch(() => undefined);
        return true;
      }
    }
    return false;
  }

  private waitForReturn(until: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(
        () => {
          this.waiters.delete(wake);
          reject(
            resourceExhausted(`all ${this.limits.maxPools} organization connection pools are busy; try again later`),
          );
        },
        Math.max(0, until - Date.now()),
      );
      this.waiters.add(wake);
    });
  }

  private returned(entry: OrgPool): void {
    entry.lent--;
    for (const wake of [...this.waiters]) wake();
  }

  private lent(entry: OrgPool, client: pg.PoolClient): Lease {
    let broken: Error | undefined;
    let listener: ((err: Error) => void) | undefined;
    // A lent client has no pool listener; without ours a dropped socket would crash the process.
    const onError = (err: Error) => {
      if (broken) return;
      broken = err;
      listener?.(err);
    };
    client.on("error", onError);
    let released = false;
    return {
      client,
      get broken() {
        return broken;
      },
      onBroken: (l) => {
        listener = l;
      },
      release: (discard = false) => {
        if (released) return;
        released = true;
        client.removeListener("error", onError);
        client.release(discard || broken ? (broken ?? true) : undefined);
        this.returned(entry);
      },
    };
  }
}

/** pool.connect() bounded by `until`; a connection that arrives too late goes straight back. */
function connectBefore(pool: pg.Pool, until: number, poolSize: number): Promise<pg.PoolClient> {
  const full = pool.totalCount >= poolSize && pool.idleCount === 0;
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(
      () => {
        late = true;
        reject(
          full
            ? resourceExhausted(`all ${poolSize} connections of this organization are busy; try again later`)
            : new SidecarError("unavailable", "PostgreSQL did not accept a connection in time"),
        );
      },
      Math.max(0, until - Date.now()),
    );
    pool.connect().then(
      (client) => {
        if (late) client.release();
        else {
          clearTimeout(timer);
          resolve(client);
        }
      },
      (err: Error) => {
        clearTimeout(timer);
        if (!late) reject(err);
      },
    );
  });
}

// --- the backend -----------------------------------------------------------------------------------

/** CancelRequest (protocol message 80877102) on a new connection: needs no privilege, only the key. */
function sendCancel(server: PgServer, pid: number, key: number): void {
  const socket = server.host.startsWith("/")
    ? netConnect(`${server.host}/.s.PGSQL.${server.port}`)
    : netConnect(server.port, server.host);
  socket.on("error", () => undefined);
  socket.setTimeout(5000, () => socket.destroy());
  socket.on("connect", () => {
    const packet = Buffer.alloc(16);
    packet.writeInt32BE(16, 0);
    packet.writeInt32BE(80877102, 4);
    packet.writeInt32BE(pid, 8);
    packet.writeInt32BE(key, 12);
    socket.end(packet);
  });
}

/**
 * Before PostgreSQL 15 every role could create objects in `public`, where one org could plant
 * objects another might use. Revoking it is a no-op on 15+, where that is already the default.
 */
async function hardenDatabase(admin: pg.Pool, log: Logger): Promise<void> {
  try {
    await admin.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
  } catch (err) {
    // No public schema, or not ours to change: nothing for tenants to use there either way.
    log.debug({ err: (err as Error).message }, "could not revoke CREATE on schema public");
  }
}

/** Session settings every tenant connection starts with; results are parsed assuming them. */
function startupOptions(limits: PgPoolLimits): string {
  return [
    "DateStyle=ISO,YMD",
    "TimeZone=UTC",
    "IntervalStyle=iso_8601",
    `statement_timeout=${limits.statementTimeoutMs}`,
    `idle_in_transaction_session_timeout=${limits.idleInTransactionMs}`,
  ]
    .map((s) => `-c ${s}`)
    .join(" ");
}

export function connectPostgres(
  server: PgServer,
  tenantSecret: string,
  limits: PgPoolLimits,
  log: Logger,
  onStateChange: (up: boolean) => void,
): PostgresBackend {
  const base = {
    host: server.host,
    port: server.port,
    database: server.database,
    ssl: server.ssl,
    application_name: "isa-sidecar",
    connectionTimeoutMillis: 5000,
  };
  const admin = new pg.Pool({
    ...base,
    user: server.user,
    password: server.password,
    max: 3,
    idleTimeoutMillis: 30_000,
  });
  admin.on("error", (err) => log.debug({ err: err.message }, "idle admin connection failed"));
  const pools = new OrgPools(
    (org) => ({
      ...base,
      user: pgRole(org),
      password: tenantPassword(tenantSecret, org),
      max: limits.poolSize,
      idleTimeoutMillis: limits.idleMs,
      options: startupOptions(limits),
    }),
    limits,
    log,
  );
  const provisioned = new Map<string, Promise<void>>();
  const rolesReady = new Set<string>();

  let up = false;
  let closed = false;
  let probeTimer: NodeJS.Timeout | undefined;
  const setUp = (next: boolean) => {
    if (next === up) return;
    up = next;
    log.info(
      { postgres: `${server.host}:${server.port}/${server.database}`, up },
      next ? "postgres connected" : "postgres disconnected",
    );
    onStateChange(next);
  };
  let hardened = false;
  const probe = async () => {
    probeTimer = undefined;
    try {
      await admin.query("SELECT 1");
      if (!hardened) await hardenDatabase(admin, log);
      hardened = true;
      setUp(true);
    } catch (err) {
      log.debug({ err: (err as Error).message }, "postgres probe failed");
      setUp(false);
    }
    schedule(up ? 5000 : 1000);
  };
  const schedule = (ms: number) => {
    if (closed || probeTimer) return;
    probeTimer = setTimeout(probe, ms);
    probeTimer.unref();
  };
  schedule(0);

  const databaseLockKey = provisioningLockKey(tenantSecret, DATABASE_LOCK);
  const doProvision = async (org: string, schema: string) => {
    const role = pgRole(org);
    await provision(admin, {
      role,
      password: tenantPassword(tenantSecret, org),
      lockKey: provisioningLockKey(tenantSecret, role),
      databaseLockKey,
      schema,
      withRole: !rolesReady.has(org),
    });
    rolesReady.add(org);
  };

  return {
    server,
    limits,
    provision(org, schema) {
      const key = `${org}\u0000${schema}`;
      let ready = provisioned.get(key);
      if (!ready) {
        ready = doProvision(org, schema);
        provisioned.set(key, ready);
        ready.catch(() => provisioned.delete(key));
      }
      return ready;
    },
    forget(org) {
      rolesReady.delete(org);
      for (const key of provisioned.keys()) if (key.startsWith(`${org}\u0000`)) provisioned.delete(key);
    },
    lease: (org, until) => pools.lease(org, until),
    cancel(client) {
      const c = client as unknown as { processID?: number; secretKey?: number };
      if (c.processID && c.secretKey !== undefined) sendCancel(server, c.processID, c.secretKey);
    },
    countQuery: (org) => pools.countQuery(org),
    countPipelined: (org) => pools.countPipelined(org),
    stats: (org) => pools.stats(org),
    async version() {
      const r = await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v");
      return r.rows[0]!.v;
    },
    reportDown() {
      setUp(false);
      if (probeTimer) clearTimeout(probeTimer);
      probeTimer = undefined;
      schedule(200);
    },
    async close() {
      closed = true;
      if (probeTimer) clearTimeout(probeTimer);
      await Promise.allSettled([pools.close(), admin.end()]);
    },
  };
}
