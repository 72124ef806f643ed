/**
 * Many organisations' first calls at once: each provisions its role and schema, and GRANTs
 * CONNECT on the one database. PostgreSQL refuses concurrent GRANTs on one object with
 * "tuple concurrently updated" (XX000); every first call must still be answered.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { connect, type TestClient } from "../helpers/client";
import { dropOrgs, POSTGRES_SERVICE, plain, postgresArgs, uniqueOrg } from "../helpers/postgres";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

describe("PostgreSQL: many organisations' first calls at once", () => {
  const orgs = Array.from({ length: 24 }, (_, i) => uniqueOrg(`pgfirst${i}`));
  let proc: SidecarProcess;
  const clients: TestClient[] = [];

  before(async () => {
    proc = await startSidecar({ args: postgresArgs(undefined, ["--postgres-max-pools", "32"]) });
    await waitServing(proc, POSTGRES_SERVICE);
    for (const org of orgs) clients.push(connect(proc.address, POSTGRES_SERVICE, await proc.token(org, "u")));
  });

  after(async () => {
    for (const c of clients) c.close();
    await proc?.stop();
    await dropOrgs(orgs);
  });

  test("every first call is answered", async () => {
    const answers = await Promise.all(clients.map((c) => c.call("QueryRow", { sql: "SELECT current_user AS me" })));
    for (const a of answers) assert.match(String(plain(a.row).me), /^isa_/);
  });
});
