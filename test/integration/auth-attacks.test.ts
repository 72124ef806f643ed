/**
 * Known attacks on JWT verification, each against the real sidecar process (jwt mode, a JWKS file,
 * required issuer and audience) calling isa.redis.RedisService/Get: every one is UNAUTHENTICATED,
 * and tokens from the JWKS with each allowed algorithm, within the clock skew, get through.
 */
import assert from "node:assert/strict";
import { createPublicKey, randomUUID } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import { connect, type TestClient } from "../helpers/client";
import {
  hmacToken,
  jwksOf,
  makeKey,
  publicPem,
  serveJwks,
  signToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestAlg,
  type TestKey,
  type TokenOptions,
  tamperPayload,
  unsignedToken,
  writeJwksFile,
} from "../helpers/jwt";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const REDIS = "isa.redis.RedisService";
const ALGS: TestAlg[] = ["RS256", "PS256", "ES256", "EdDSA"];

/** The real sidecar trusting the JWKS of `keys`, with any extra flags. */
async function sidecarTrusting(keys: TestKey[], extraArgs: string[] = []): Promise<SidecarProcess> {
  const args = [
    "--jwks-file",
    writeJwksFile(jwksOf(...keys)),
    "--jwt-issuer",
    TEST_ISSUER,
    "--jwt-audience",
    TEST_AUDIENCE,
  ];
  const proc = await startSidecar({ dev: false, args: [...args, ...extraArgs] });
  await waitServing(proc, REDIS);
  return proc;
}

/** Refused with UNAUTHENTICATED, and for the expected `reason` when given (the status details). */
async function assertUnauthenticated(client: TestClient, token: string | null, what: string, reason?: RegExp) {
  await assert.rejects(
    client.call("Get", { key: "k" }, { token }),
    (err: { code?: number; details?: string }) => {
      assert.equal(err.code, status.UNAUTHENTICATED, `${what}: got ${err.code} ${err.details}`);
      if (reason) assert.match(err.details ?? "", reason, what);
      return true;
    },
    `${what} must be refused`,
  );
}

describe("attacks on token verification", () => {
  const keys = new Map<TestAlg, TestKey>();
  let proc: SidecarProcess;
  let client: TestClient;
  let rsa: TestKey;
  let attacker: TestKey;
  const org = `org-${randomUUID()}`;
  const valid = (o: TokenOptions = {}) => signToken(rsa, { org, user: "alice", ...o });

  before(async () => {
    for (const alg of ALGS) keys.set(alg, await makeKey(alg));
    rsa = keys.get("RS256")!;
    attacker = await makeKey("RS256");
    proc = await sidecarTrusting([...keys.values()]);
    client = connect(proc.address, REDIS);
  });

  after(async () => {
    client.close();
    assert.equal(await proc.stop(), 0);
  });

  test("no token", async () => {
    await assertUnauthenticated(client, null, "no token", /no token/);
  });

  test("alg none", async () => {
    await assertUnauthenticated(client, unsignedToken(rsa.kid, { org }), "alg none", /algorithm not allowed/);
  });

  test("HS256 keyed with the RSA public key (PEM and DER bytes)", async () => {
    const pem = await publicPem(rsa);
    const der = createPublicKey(pem).export({ type: "spki", format: "der" });
    await assertUnauthenticated(
      client,
      hmacToken(pem, rsa.kid, { org }),
      "HS256 with the PEM",
      /algorithm not allowed/,
    );
    await assertUnauthenticated(client, hmacToken(der, rsa.kid, { org }), "HS256 with the DER bytes as secret");
    await assertUnauthenticated(client, hmacToken(pem, "no-such-kid", { org }), "HS256 without a known kid");
  });

  test("expired, and not yet valid, beyond the clock skew", async () => {
    await assertUnauthenticated(client, await valid({ expiresIn: -120 }), "expired 2 minutes ago", /expired/);
    await assertUnauthenticated(client, await valid({ notBefore: 120 }), "nbf 2 minutes ahead", /"nbf"/);
  });

  test("wrong issuer, wrong audience, no exp", async () => {
    await assertUnauthenticated(client, await valid({ issuer: "https://evil.test" }), "wrong iss", /"iss"/);
    await assertUnauthenticated(client, await valid({ audience: "another-service" }), "wrong aud", /"aud"/);
    await assertUnauthenticated(client, await valid({ claims: { exp: undefined } }), "no exp");
  });

  test("unknown kid", async () => {
    await assertUnauthenticated(client, await signToken(attacker, { org }), "unknown kid", /no key matches/);
  });

  test("tampered payload with the original signature", async () => {
    const token = await valid();
    assert.equal((await client.call("Get", { key: "k" }, { token })).found, false, "the untampered token works");
    await assertUnauthenticated(client, tamperPayload(token, { org_id: "victim-org" }), "org_id changed", /signature/);
    await assertUnauthenticated(client, tamperPayload(token, { exp: 4_102_444_800 }), "exp extended");
  });

  test("truncated and garbage tokens", async () => {
    const token = await valid();
    const [header, payload] = token.split(".");
    for (const bad of [
      token.slice(0, -8),
      `${header}.${payload}`,
      `${header}.${payload}.`,
      "garbage",
      "a.b.c",
      "...",
    ]) {
      await assertUnauthenticated(client, bad, `token ${JSON.stringify(bad.slice(0, 20))}`);
    }
  });

  test("an embedded jwk header carrying the attacker's key", async () => {
    const embedded = { jwk: attacker.publicJwk };
    await assertUnauthenticated(client, await signToken(attacker, { org, header: embedded }), "attacker kid");
    const victimKid = { ...embedded, kid: rsa.kid };
    await assertUnauthenticated(
      client,
      await signToken(attacker, { org, header: victimKid }),
      "trusted kid",
      /signature/,
    );
  });

  test("a jku header pointing at the attacker's JWKS is never fetched", async () => {
    const evil = await serveJwks(jwksOf(attacker));
    try {
      for (const kid of [attacker.kid, rsa.kid]) {
        const token = await signToken(attacker, { org, header: { jku: evil.url, kid } });
        await assertUnauthenticated(client, token, `jku with kid ${kid}`);
      }
      assert.equal(evil.requests(), 0, "the attacker's JWKS server was contacted");
    } finally {
      await evil.close();
    }
  });

  test("RS256, PS256, ES256 and EdDSA tokens from the JWKS are accepted", async () => {
    for (const alg of ALGS) {
      const token = await signToken(keys.get(alg)!, { org, user: `user-${alg}` });
      const res = await client.call("Get", { key: `absent-${alg}` }, { token });
      assert.equal(res.found, false, alg);
    }
  });

  test("a token confines the caller to its own keys", async () => {
    const alice = await valid();
    const bob = await valid({ user: "bob" });
    await client.call("Set", { key: "greeting", value: "hello" }, { token: alice });
    assert.deepEqual(await client.call("Get", { key: "greeting" }, { token: alice }), { found: true, value: "hello" });
    assert.equal((await client.call("Get", { key: "greeting" }, { token: bob })).found, false);
    await client.call("Delete", { key: "greeting" }, { token: alice });
  });

  test("exp and nbf within the 30 s skew are accepted", async () => {
    const expired = await valid({ expiresIn: -20 });
    const early = await valid({ notBefore: 20 });
    assert.equal((await client.call("Get", { key: "k" }, { token: expired })).found, false, "expired 20 s ago");
    assert.equal((await client.call("Get", { key: "k" }, { token: early })).found, false, "nbf in 20 s");
  });
});

describe("the algorithm allow-list", () => {
  test("an RS256 token from the JWKS is refused when only ES256 is allowed", async () => {
    const rsa = await makeKey("RS256");
    const ec = await makeKey("ES256");
    const proc = await sidecarTrusting([rsa, ec], ["--jwt-algorithms", "ES256"]);
    const client = connect(proc.address, REDIS);
    try {
      const org = `org-${randomUUID()}`;
      await assertUnauthenticated(client, await signToken(rsa, { org }), "RS256", /algorithm not allowed/);
      assert.equal((await client.call("Get", { key: "k" }, { token: await signToken(ec, { org }) })).found, false);
    } finally {
      client.close();
      await proc.stop();
    }
  });
});
