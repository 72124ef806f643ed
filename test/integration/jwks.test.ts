/**
 * Keys from a JWKS URL (a local HTTP server we control, counting its requests) in the real sidecar:
 * fetched once and cached; a token with an unknown kid refetches at most once per cooldown; and an
 * identity provider outage keeps the last good keys working.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { afterEach, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { status } from "@grpc/grpc-js";
import { connect, type TestClient } from "../helpers/client";
import {
  type JwksServer,
  jwksOf,
  makeKey,
  serveJwks,
  signToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestKey,
} from "../helpers/jwt";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const REDIS = "isa.redis.RedisService";
/** Short enough to wait out in a test; waits below are this plus a margin, never asserted on. */
const COOLDOWN_MS = 1000;
const pastCooldown = () => sleep(COOLDOWN_MS + 300);

interface Setup {
  idp: JwksServer;
  proc: SidecarProcess;
  client: TestClient;
}
let running: Setup | undefined;

/** The real sidecar on `idp`'s JWKS URL, with the short test cooldown unless told otherwise. */
async function sidecarWithJwksUrl(
  idp: JwksServer,
  cooldownArgs = ["--jwks-cooldown", `${COOLDOWN_MS}ms`],
): Promise<Setup> {
  const args = ["--jwks-url", idp.url, "--jwt-issuer", TEST_ISSUER, "--jwt-audience", TEST_AUDIENCE, ...cooldownArgs];
  const proc = await startSidecar({ dev: false, args });
  await waitServing(proc, REDIS);
  running = { idp, proc, client: connect(proc.address, REDIS) };
  return running;
}

afterEach(async () => {
  if (!running) return;
  running.client.close();
  await running.proc.stop();
  await running.idp.close();
  running = undefined;
});

const org = `org-${randomUUID()}`;
/** A fresh token each time (unique jti), so the sidecar's verified-token cache never answers for the keys. */
const freshToken = (key: TestKey) => signToken(key, { org, claims: { jti: randomUUID() } });

async function accepted(client: TestClient, key: TestKey): Promise<void> {
  const res = await client.call("Get", { key: "k" }, { token: await freshToken(key) });
  assert.equal(res.found, false);
}

async function refused(client: TestClient, key: TestKey): Promise<void> {
  await assert.rejects(client.call("Get", { key: "k" }, { token: await freshToken(key) }), (err: { code?: number }) => {
    assert.equal(err.code, status.UNAUTHENTICATED);
    return true;
  });
}

describe("JWKS by URL", () => {
  test("keys are fetched once and cached across calls", async () => {
    const key = await makeKey("ES256");
    const { idp, client } = await sidecarWithJwksUrl(await serveJwks(jwksOf(key)));
    for (let i = 0; i < 5; i++) await accepted(client, key);
    assert.equal(idp.requests(), 1);
  });

  test("an unknown kid refetches once; another unknown kid within the cooldown does not", async () => {
    const [k1, k2, k3] = await Promise.all([makeKey("ES256"), makeKey("RS256"), makeKey("EdDSA")]);
    const { idp, client } = await sidecarWithJwksUrl(await serveJwks(jwksOf(k1)));
    await accepted(client, k1);
    assert.equal(idp.requests(), 1);

    await pastCooldown();
    idp.setKeys(jwksOf(k1, k2));
    await accepted(client, k2);
    assert.equal(idp.requests(), 2, "the new kid caused one refetch");
    idp.setKeys(jwksOf(k1, k2, k3));
    await refused(client, k3);
    assert.equal(idp.requests(), 2, "no second refetch within the cooldown");

    await pastCooldown();
    await accepted(client, k3);
    assert.equal(idp.requests(), 3, "after the cooldown an unknown kid refetches again");
  });

  test("right after start-up the default 30 s cooldown holds back a refetch", async () => {
    const [k1, k2] = await Promise.all([makeKey("ES256"), makeKey("ES256")]);
    const { idp, client } = await sidecarWithJwksUrl(await serveJwks(jwksOf(k1)), []);
    await accepted(client, k1);
    idp.setKeys(jwksOf(k1, k2));
    await refused(client, k2);
    await refused(client, k2);
    assert.equal(idp.requests(), 1);
  });

  test("when the endpoint fails (500, dropped connections, gone), the last good keys keep working", async () => {
    const [good, unknown] = await Promise.all([makeKey("ES256"), makeKey("ES256")]);
    const { idp, client } = await sidecarWithJwksUrl(await serveJwks(jwksOf(good)));
    await accepted(client, good);

    let expectedRequests = 1;
    for (const how of [500, "drop"] as const) {
      idp.fail(how);
      await pastCooldown();
      await refused(client, unknown);
      expectedRequests++;
      assert.equal(
        idp.requests(),
        expectedRequests,
        `the unknown kid made the sidecar try the failing endpoint (${how})`,
      );
      await accepted(client, good);
      await accepted(client, good);
    }

    await idp.close();
    await pastCooldown();
    await refused(client, unknown);
    await accepted(client, good);
  });

  test("an endpoint that is down at start-up is retried by the next call once it is back", async () => {
    const key = await makeKey("EdDSA");
    const idp = await serveJwks(jwksOf(key));
    idp.fail(503);
    const { client } = await sidecarWithJwksUrl(idp);
    await refused(client, key);
    idp.setKeys(jwksOf(key));
    await accepted(client, key);
  });
});
