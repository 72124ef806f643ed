/**
 * Issue 3: sidecar QueryRow by primary key on a 10k-row table at concurrency 1 and 32, beside the
 * bare grpc-js echo server and node-postgres called directly, all driven by the same load generator.
 */
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import pg from "pg";
import { pgRole, pgSchema } from "../../sidecar/tenancy";
import { grpcFrame } from "../load/frames";
import { callHeaders, grpcCall, openSession } from "../load/grpc-client";
import { absentSampler, machineSampler } from "../load/samplers";
import { grpcTarget, type Target as MatrixTarget, runMatrix } from "../matrix";
import { profileDirFor, profiledParts } from "../profile";
import { startEcho } from "../servers/echo";
import { type DevKey, devKeyWithToken, launchSidecar } from "../servers/sidecar";
import { COMMON_NOTES, type Row, type Suite, type SuiteOptions, type SuiteResult, type Summary } from "../suite";

const SERVICE = "isa.postgres.PostgresService";
const CONCURRENCIES = [1, 32];
const ROWS = 10_000;
const KEY = 4242;
/** The sidecar's connections for the bench org, given explicitly so the direct baseline can use as many. */
const POOL_SIZE = 4;
const QUERY = { sql: "SELECT id, name, score FROM bench_rows WHERE id = $1", params: [{ numberValue: KEY }] };
/** What the sidecar answers for QUERY, so the echo server's responses are the same size. */
const ROW_RESPONSE = {
  // As every PostgreSQL answer of the sidecar: a request id is its boot UUID and a counter.
  metadata: {
    success: true,
    message: "QueryRow succeeded",
    timestamp: { seconds: 1_800_000_000, nanos: 123_000_000 },
    request_id: "00000000-0000-4000-8000-000000000000-123456",
  },
  found: true,
  row: {
    fields: {
      id: { numberValue: KEY },
      name: { stringValue: `row-${KEY}` },
      score: { numberValue: KEY % 100 },
    },
  },
};

type Target = MatrixTarget<"QueryRow">;

/**
 * node-postgres with QUERY as a named statement. The table lives in the org's schema, owned by the
 * org's role; the baseline connects as the admin user of BENCH_POSTGRES_URL (no tenant password to
 * derive) and names the schema in the SQL, so the query and the plan are the sidecar's. The sidecar's
 * POOL_SIZE connections are shared out between the generator processes of a c=32 case.
 */
function directTarget(url: string, org: string, options: SuiteOptions): Target {
  const table = `${pg.escapeIdentifier(pgSchema(org, ""))}.bench_rows`;
  return {
    name: "direct pg",
    job: () => ({
      kind: "pg",
      url,
      statement: "bench_query_row",
      text: QUERY.sql.replace("FROM bench_rows", `FROM ${table}`),
      values: [KEY],
      connections: Math.max(1, Math.ceil(POOL_SIZE / options.processes)),
    }),
    samplers: [absentSampler("server"), machineSampler()],
  };
}

/** One call through the sidecar, failing loudly (seeding and warm-up). */
async function call(address: string, token: string, method: string, type: string, message: object): Promise<void> {
  const session = await openSession(address);
  try {
    const outcome = await new Promise<{ status?: string; message?: string }>((resolve) =>
      grpcCall(
        session,
        callHeaders(`/${SERVICE}/${method}`, token),
        grpcFrame(type, message as Record<string, unknown>),
        false,
        resolve,
      ),
    );
    if (outcome.status !== "0") throw new Error(`${method} failed: ${outcome.status} ${outcome.message}`);
  } finally {
    session.close();
  }
}

/** The bench org's table, created and filled through the sidecar, as the org's own role. */
async function seed(address: string, token: string): Promise<void> {
  const execute = (sql: string) => call(address, token, "Execute", "isa.postgres.ExecuteRequest", { sql });
  await execute("CREATE TABLE bench_rows (id int PRIMARY KEY, name text NOT NULL, score int NOT NULL)");
  await execute(`INSERT INTO bench_rows SELECT g, 'row-' || g, g % 100 FROM generate_series(1, ${ROWS}) g`);
  await execute("ANALYZE bench_rows");
  for (let i = 0; i < 50; i++) await call(address, token, "QueryRow", "isa.postgres.QueryRowRequest", QUERY);
}

/** Drops the bench org's role and everything it owns. */
async function dropOrg(url: string, org: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const role = pg.escapeIdentifier(pgRole(org));
    const exists = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [pgRole(org)]);
    if (!exists.rowCount) return;
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", [pgRole(org)]);
    await admin.query(`DROP OWNED BY ${role} CASCADE`);
    await admin.query(`DROP ROLE ${role}`);
  } finally {
    await admin.end();
  }
}

function headlines(rows: Row[]): Summary[] {
  const find = (c: number, target: string) =>
    rows.find((r) => r.case === `QueryRow c=${c}` && r.target === target)?.load;
  const out: Summary[] = [];
  const [sidecar1, echo1] = [find(1, "sidecar"), find(1, "echo")];
  if (sidecar1 && echo1) {
    const added = sidecar1.p50Us - echo1.p50Us;
    out.push({
      label: "QueryRow c=1 p50 added over echo",
      value: added,
      unit: "µs",
      target: "≤ 100",
      met: added <= 100,
    });
  }
  const [sidecar32, echo32] = [find(32, "sidecar"), find(32, "echo")];
  if (sidecar32 && echo32) {
    const ratio = sidecar32.opsPerSec / echo32.opsPerSec;
    out.push({ label: "QueryRow c=32 sidecar/echo ops", value: ratio, unit: "", target: "≥ 0.8", met: ratio >= 0.8 });
  }
  for (const c of CONCURRENCIES) {
    const [sidecar, direct] = [find(c, "sidecar"), find(c, "direct pg")];
    if (sidecar && direct) {
      out.push({ label: `QueryRow c=${c} sidecar/direct ops`, value: sidecar.opsPerSec / direct.opsPerSec, unit: "" });
    }
  }
  return out;
}

async function run(options: SuiteOptions): Promise<SuiteResult> {
  const url = process.env.BENCH_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/test";
  const org = `bench-${randomBytes(4).toString("hex")}`;
  const devKey: DevKey = await devKeyWithToken(org, "bench");
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const profileDir = profileDirFor(options.profile);
    const sidecar = await launchSidecar({
      args: [
        "--postgres-url",
        url,
        "--postgres-tenant-secret",
        randomBytes(16).toString("hex"),
        "--postgres-pool-size",
        String(POOL_SIZE),
      ],
      services: [SERVICE],
      devKeyFile: devKey.devKeyFile,
      cpuProfileDir: profileDir,
    });
    stops.push(sidecar.stop);
    await seed(sidecar.address, devKey.token);
    const targets = [grpcTarget({ name: "sidecar", ...sidecar }, SERVICE, devKey.token, () => QUERY)];
    if (!options.profile) {
      const echo = await startEcho({ service: SERVICE, responses: { QueryRow: ROW_RESPONSE } });
      stops.push(echo.stop);
      targets.unshift(grpcTarget({ name: "echo", ...echo }, SERVICE, devKey.token, () => QUERY));
      targets.push(directTarget(url, org, options));
    }
    const rows = await runMatrix(["QueryRow"], CONCURRENCIES, targets, options);
    await sidecar.stop(); // a clean exit is what makes node write the profile
    return {
      ...profiledParts("postgres", profileDir),
      rows,
      summary: headlines(rows),
      notes: [
        `QueryRow by primary key on a ${ROWS}-row table of the bench org, at ${url.replace(/:[^:@/]*@/, ":***@")}`,
        `direct pg: node-postgres, QUERY as a named (prepared) statement, as the admin user on the schema-qualified table; the sidecar's ${POOL_SIZE} connections shared out between generator processes`,
        COMMON_NOTES.audit,
        COMMON_NOTES.echo,
        `machine CPU is every CPU of the machine (${cpus().length} cores): PostgreSQL's own work shows up there`,
        ...(profileDir ? [`the sidecar's .cpuprofile is kept in ${profileDir} (open it in Chrome DevTools)`] : []),
      ],
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await dropOrg(url, org).catch(() => undefined);
    devKey.remove();
  }
}

export const suite: Suite = { name: "postgres", run };
