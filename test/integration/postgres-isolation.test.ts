/**
 * Tenant isolation enforced by PostgreSQL itself. Org B keeps a secret in its table; org A tries
 * every known way to reach it through the sidecar. Each attack must fail or see nothing, and
 * afterwards B's rows are exactly what they were (checked through B and through the admin).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { tenantPassword } from "../../sidecar/backends/postgres";
import { orgToken, pgRole, pgSchema } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import {
  adminQuery,
  dropOrgs,
  POSTGRES_SERVICE,
  plain,
  postgresArgs,
  rejectsWith,
  TENANT_SECRET,
  uniqueOrg,
} from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const SECRET = "b-secret-value";

describe("PostgreSQL tenant isolation", () => {
  const orgA = uniqueOrg("pg-attacker");
  const orgB = uniqueOrg("pg-victim");
  const orgC = uniqueOrg("pg-race");
  const schemaB = pgSchema(orgB, "");
  const roleB = pgRole(orgB);
  // A table in PostgreSQL's own `public`, readable by everyone: schema "public" must not reach it.
  const sharedPublic = `shared_public_${orgToken(orgA)}`;
  let proc: SidecarProcess;
  let a: TestClient;
  let b: TestClient;
  const responses: string[] = [];

  /** A's call; every answer or error text is kept, to check that B's secret never shows up. */
  const attack = async (method: string, request: object) => {
    try {
      const res = await a.call(method, request);
      responses.push(JSON.stringify(res));
      return res;
    } catch (err) {
      responses.push(String((err as { details?: string }).details));
      throw err;
    }
  };

  const assertBUntouched = async () => {
    const viaB = await b.call("Query", { sql: "SELECT id, secret FROM secrets ORDER BY id" });
    assert.deepEqual(viaB.rows.map(plain), [
      { id: 1, secret: SECRET },
      { id: 2, secret: SECRET },
      { id: 3, secret: SECRET },
    ]);
    const viaAdmin = await adminQuery(`SELECT count(*)::int AS n FROM ${schemaB}.secrets WHERE secret = $1`, [SECRET]);
    assert.equal(viaAdmin.rows[0]!.n, 3);
  };

  before(async () => {
    proc = await startSidecar({ args: postgresArgs() });
    await waitServing(proc, POSTGRES_SERVICE);
    a = connect(proc.address, POSTGRES_SERVICE, await proc.token(orgA, "mallory"));
    b = connect(proc.address, POSTGRES_SERVICE, await proc.token(orgB, "bob"));
    await b.call("Execute", { sql: "CREATE TABLE secrets (id int PRIMARY KEY, secret text)" });
    await b.call("Execute", { sql: `INSERT INTO secrets VALUES (1, '${SECRET}'), (2, '${SECRET}'), (3, '${SECRET}')` });
    await b.call("Execute", { sql: "ANALYZE secrets" }); // fills pg_statistic with B's values
    await a.call("Execute", { sql: "CREATE TABLE mine (id int)" });
    await adminQuery(`CREATE TABLE public.${sharedPublic} (id int)`);
    await adminQuery(`GRANT SELECT ON public.${sharedPublic} TO PUBLIC`);
  });

  after(async () => {
    a?.close();
    b?.close();
    await proc?.stop();
    await dropOrgs([orgA, orgB, orgC]);
    await adminQuery(`DROP TABLE IF EXISTS public.${sharedPublic}`);
  });

  test("a schema-qualified name of B's table is PERMISSION_DENIED, for reads and writes", async () => {
    for (const sql of [
      `SELECT * FROM ${schemaB}.secrets`,
      `UPDATE ${schemaB}.secrets SET secret = 'pwned'`,
      `DELETE FROM ${schemaB}.secrets`,
      `INSERT INTO ${schemaB}.secrets VALUES (9, 'x')`,
      `DROP TABLE ${schemaB}.secrets`,
      `TRUNCATE ${schemaB}.secrets`,
      `CREATE TABLE ${schemaB}.planted (x int)`,
      `ALTER SCHEMA ${schemaB} OWNER TO ${pgRole(orgA)}`,
    ]) {
      const message = await rejectsWith(attack("Execute", { sql }), status.PERMISSION_DENIED);
      assert.doesNotMatch(message, new RegExp(orgToken(orgB)), "the message names B's schema");
    }
    await assertBUntouched();
  });

  test("SET ROLE, RESET ROLE and SET SESSION AUTHORIZATION cannot become B or the admin", async () => {
    await rejectsWith(attack("Execute", { sql: `SET ROLE ${roleB}` }), status.PERMISSION_DENIED, /42501/);
    await rejectsWith(attack("Execute", { sql: "SET ROLE postgres" }), status.PERMISSION_DENIED, /42501/);
    await rejectsWith(attack("Execute", { sql: `SET SESSION AUTHORIZATION ${roleB}` }), status.PERMISSION_DENIED);
    await rejectsWith(attack("Execute", { sql: "SET SESSION AUTHORIZATION postgres" }), status.PERMISSION_DENIED);
    // RESET ROLE goes back to the session user, which is A's own role: there is nothing above it.
    const tx = (await attack("BeginTransaction", {})).transaction_id;
    await attack("Execute", { sql: "RESET ROLE", transaction_id: tx });
    const who = await attack("QueryRow", { sql: "SELECT current_user AS u, session_user AS s", transaction_id: tx });
    assert.deepEqual(plain(who.row), { u: pgRole(orgA), s: pgRole(orgA) });
    await rejectsWith(
      attack("Query", { sql: `SELECT * FROM ${schemaB}.secrets`, transaction_id: tx }),
      status.PERMISSION_DENIED,
    );
    await attack("RollbackTransaction", { transaction_id: tx });
    await assertBUntouched();
  });

  test("set_config cannot switch role, and a search_path on B's schema finds nothing", async () => {
    await rejectsWith(
      attack("Query", { sql: `SELECT set_config('role', '${roleB}', false)` }),
      status.PERMISSION_DENIED,
    );
    // Inside a held transaction the changed search_path stays for the next call.
    const tx = (await attack("BeginTransaction", {})).transaction_id;
    await attack("Query", { sql: `SELECT set_config('search_path', '${schemaB}', false)`, transaction_id: tx });
    await rejectsWith(
      attack("Query", { sql: "SELECT * FROM secrets", transaction_id: tx }),
      status.INVALID_ARGUMENT,
      /relation "secrets" does not exist/,
    );
    await attack("RollbackTransaction", { transaction_id: tx });
    await assertBUntouched();
  });

  test("a SECURITY DEFINER function runs as its owner, A, and gains nothing", async () => {
    // SQL function bodies are checked at creation, as A.
    await rejectsWith(
      attack("Execute", {
        sql: `CREATE FUNCTION steal() RETURNS SETOF text LANGUAGE sql SECURITY DEFINER
              AS $$ SELECT secret FROM ${schemaB}.secrets $$`,
      }),
      status.PERMISSION_DENIED,
    );
    // PL/pgSQL bodies are not: the call runs as A and is refused then.
    await attack("Execute", {
      sql: `CREATE FUNCTION steal_plpgsql() RETURNS SETOF text LANGUAGE plpgsql SECURITY DEFINER
            AS $$ BEGIN RETURN QUERY SELECT secret FROM ${schemaB}.secrets; END $$`,
    });
    await rejectsWith(attack("Query", { sql: "SELECT steal_plpgsql()" }), status.PERMISSION_DENIED);
    await attack("Execute", {
      sql: `CREATE FUNCTION steal_dyn() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE n bigint;
            BEGIN PERFORM set_config('search_path', '${schemaB}', true);
                  EXECUTE 'DELETE FROM secrets'; EXECUTE 'SELECT count(*) FROM ${schemaB}.secrets' INTO n; RETURN n; END $$`,
    });
    await rejectsWith(
      attack("Query", { sql: "SELECT steal_dyn()" }),
      status.INVALID_ARGUMENT,
      /"secrets" does not exist/,
    );
    await assertBUntouched();
  });

  test("server programs and files are out of reach: COPY TO PROGRAM, COPY TO a file, pg_read_file", async () => {
    const marker = `/tmp/isa-pg-attack-${orgToken(orgA)}`;
    await rejectsWith(
      attack("Execute", { sql: `COPY (SELECT 1) TO PROGRAM 'touch ${marker}'` }),
      status.PERMISSION_DENIED,
      /pg_execute_server_program/,
    );
    await rejectsWith(attack("Execute", { sql: `COPY mine TO '${marker}'` }), status.PERMISSION_DENIED);
    await rejectsWith(attack("Execute", { sql: `COPY ${schemaB}.secrets TO STDOUT` }), status.PERMISSION_DENIED);
    assert.equal(existsSync(marker), false);
    await rejectsWith(attack("Query", { sql: "SELECT pg_read_file('/etc/passwd')" }), status.PERMISSION_DENIED);
    await rejectsWith(attack("Query", { sql: "SELECT pg_ls_dir('.')" }), status.PERMISSION_DENIED);
    await rejectsWith(attack("Query", { sql: "SELECT lo_import('/etc/passwd')" }), status.PERMISSION_DENIED);
    await assertBUntouched();
  });

  test("dblink is not there, and neither it nor any other extension can be created", async () => {
    await rejectsWith(
      attack("Query", {
        sql: `SELECT * FROM dblink('dbname=test user=postgres', 'SELECT secret FROM ${schemaB}.secrets') AS t(s text)`,
      }),
      status.INVALID_ARGUMENT,
      /42883: function dblink/,
    );
    await rejectsWith(attack("Execute", { sql: "CREATE EXTENSION dblink" }), status.PERMISSION_DENIED, /42501/);
    await rejectsWith(attack("Execute", { sql: "CREATE EXTENSION pgcrypto" }), status.PERMISSION_DENIED, /42501/);
    await rejectsWith(attack("Execute", { sql: "CREATE SCHEMA own_choice" }), status.PERMISSION_DENIED);
    await assertBUntouched();
  });

  test("two statements in one sql run neither", async () => {
    await rejectsWith(
      attack("Execute", { sql: `SELECT 1; DELETE FROM ${schemaB}.secrets` }),
      status.INVALID_ARGUMENT,
      /exactly one statement/,
    );
    await rejectsWith(
      attack("Query", { sql: `SELECT 1; SET ROLE ${roleB}; SELECT * FROM ${schemaB}.secrets` }),
      status.INVALID_ARGUMENT,
      /exactly one statement/,
    );
    await assertBUntouched();
  });

  test("LISTEN/NOTIFY: A's notifications never reach B through the sidecar", async () => {
    await b.call("Execute", { sql: "LISTEN isa_shared_channel" });
    await attack("Execute", { sql: "NOTIFY isa_shared_channel, 'from-a-payload'" });
    await attack("Query", { sql: "SELECT pg_notify('isa_shared_channel', 'from-a-payload')" });
    const seen = await b.call("Query", { sql: "SELECT id FROM secrets ORDER BY id" });
    assert.deepEqual(seen.rows.map(plain), [{ id: 1 }, { id: 2 }, { id: 3 }]);
    assert.doesNotMatch(JSON.stringify(seen), /from-a-payload/);
    assert.doesNotMatch(proc.output(), /from-a-payload/);
    await assertBUntouched();
  });

  test("information_schema and pg_catalog show none of B's rows", async () => {
    const tables = await attack("Query", {
      sql: "SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = 'secrets'",
    });
    assert.equal(tables.row_count, 0);
    const columns = await attack("Query", {
      sql: "SELECT column_name FROM information_schema.columns WHERE table_name = 'secrets'",
    });
    assert.equal(columns.row_count, 0);
    // pg_stats filters by privilege: B's most common values stay hidden (pg_statistic itself is superuser-only).
    const stats = await attack("Query", { sql: "SELECT * FROM pg_stats WHERE tablename = 'secrets'" });
    assert.equal(stats.row_count, 0);
    await rejectsWith(attack("Query", { sql: "SELECT * FROM pg_statistic" }), status.PERMISSION_DENIED);
    // The names are catalog metadata, visible as documented; the data is not.
    const names = await attack("Query", {
      sql: "SELECT relname FROM pg_class WHERE relname = 'secrets' AND relkind = 'r'",
    });
    assert.ok(names.row_count >= 1);
    const activity = await attack("Query", {
      sql: "SELECT DISTINCT query FROM pg_stat_activity WHERE usename = $1",
      params: [{ stringValue: roleB }],
    });
    for (const row of activity.rows.map(plain)) assert.equal(row.query, "<insufficient privilege>");
    // Metadata RPCs see only A's own schema.
    assert.deepEqual((await attack("ListTables", {})).tables, ["mine"]);
    assert.equal((await attack("TableExists", { table: "secrets" })).exists, false);
    await rejectsWith(attack("GetTableInfo", { table: "secrets" }), status.NOT_FOUND);
    // B's physical schema name as A's logical schema is just another schema of A.
    assert.deepEqual((await attack("ListTables", { schema: schemaB })).tables, []);
    // "public" is A's own default schema, not PostgreSQL's shared one.
    assert.deepEqual((await attack("ListTables", { schema: "public" })).tables, ["mine"]);
    assert.equal((await attack("TableExists", { table: sharedPublic, schema: "public" })).exists, false);
    await rejectsWith(
      attack("Query", { sql: `SELECT * FROM ${sharedPublic}`, schema: "public" }),
      status.INVALID_ARGUMENT,
      /does not exist/,
    );
    assert.doesNotMatch(responses.join("\n"), new RegExp(SECRET));
    await assertBUntouched();
  });

  test("org roles are plain logins: no inheritance, no privileges, no memberships, private schemas", async () => {
    const role = await adminQuery(
      `SELECT rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls, rolcanlogin,
              (SELECT count(*)::int FROM pg_auth_members WHERE member = r.oid) AS memberships
       FROM pg_roles r WHERE rolname = $1`,
      [roleB],
    );
    assert.deepEqual(role.rows[0], {
      rolsuper: false,
      rolinherit: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      rolbypassrls: false,
      rolcanlogin: true,
      memberships: 0,
    });
    const schema = await adminQuery(
      "SELECT pg_get_userbyid(nspowner) AS owner, nspacl::text AS acl FROM pg_namespace WHERE nspname = $1",
      [schemaB],
    );
    assert.equal(schema.rows[0]!.owner, roleB);
    assert.doesNotMatch(String(schema.rows[0]!.acl), /(^|[{,])=/, "PUBLIC has a privilege on the schema");
    // The tenant password is derived, never printed.
    assert.doesNotMatch(proc.output() + proc.stderr(), new RegExp(tenantPassword(TENANT_SECRET, orgB)));
  });

  test("concurrent first calls of a new org, through two sidecars, provision it once", async () => {
    const other = await startSidecar({ args: postgresArgs() });
    try {
      await waitServing(other, POSTGRES_SERVICE);
      const clients = [
        connect(proc.address, POSTGRES_SERVICE, await proc.token(orgC, "u")),
        connect(other.address, POSTGRES_SERVICE, await other.token(orgC, "u")),
      ];
      const calls = Array.from({ length: 16 }, (_, i) =>
        clients[i % 2]!.call("QueryRow", { sql: "SELECT current_user AS u, current_schema() AS s" }),
      );
      for (const r of await Promise.all(calls)) {
        assert.deepEqual(plain(r.row), { u: pgRole(orgC), s: pgSchema(orgC, "") });
      }
      for (const c of clients) c.close();
      const roles = await adminQuery("SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1", [pgRole(orgC)]);
      assert.equal(roles.rows[0]!.n, 1);
    } finally {
      await other.stop();
    }
  });
});
