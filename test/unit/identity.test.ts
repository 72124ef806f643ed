/**
 * Who is calling: sidecar/auth/identity.ts over sidecar/auth/verifier.ts with a local JWKS.
 * Tokens come from `authorization: Bearer` or `metadata.access_token`; ids a request carries must
 * agree with the token; local mode falls back to request ids, then the pod's defaults; verified
 * tokens are cached until they expire, and not a moment longer.
 */
import assert from "node:assert/strict";
import { afterEach, before, describe, mock, test } from "node:test";
import { Metadata } from "@grpc/grpc-js";
import { createLocalJWKSet, type JWTVerifyGetKey } from "jose";
import { createIdentityResolver } from "../../sidecar/auth/identity";
import { createTokenVerifier } from "../../sidecar/auth/verifier";
import type { AuthConfig } from "../../sidecar/config";
import { SidecarError } from "../../sidecar/errors";
import {
  jwksOf,
  makeKey,
  signToken,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestKey,
  type TokenOptions,
} from "../helpers/jwt";

function authConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    mode: "jwt",
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
    orgClaim: "org_id",
    userClaim: "sub",
    dev: false,
    devKeyFile: "/nonexistent/dev-key.json",
    clockSkewSeconds: 30,
    jwksCooldownMs: 30_000,
    ...overrides,
  };
}

const bearer = (token: string) => {
  const metadata = new Metadata();
  metadata.set("authorization", `Bearer ${token}`);
  return metadata;
};

/** `outcome`: a promise, or an identity answered at once (which fails the assertion). */
async function rejectsWith(outcome: unknown, kind: string, message?: RegExp): Promise<void> {
  await assert.rejects(Promise.resolve(outcome), (err: unknown) => {
    assert.ok(err instanceof SidecarError, `expected a SidecarError, got ${err}`);
    assert.equal(err.kind, kind, err.message);
    if (message) assert.match(err.message, message);
    return true;
  });
}

let key: TestKey;
let keys: JWTVerifyGetKey;
before(async () => {
  key = await makeKey("ES256");
  keys = createLocalJWKSet(jwksOf(key));
});

/** A resolver over the test JWKS, and a count of how often its key getter was asked. */
async function resolverFor(overrides: Partial<AuthConfig> = {}) {
  let keyLookups = 0;
  const counting: JWTVerifyGetKey = (header, token) => {
    keyLookups++;
    return keys(header, token);
  };
  const auth = authConfig(overrides);
  const verifier = await createTokenVerifier(auth, counting);
  return { resolve: createIdentityResolver(auth, verifier), verifier, keyLookups: () => keyLookups };
}

const token = (o: TokenOptions = {}) => signToken(key, { org: "acme", user: "alice", ...o });

describe("jwt mode", () => {
  test("the token in authorization: Bearer names the caller", async () => {
    const { resolve } = await resolverFor();
    assert.deepEqual(await resolve(bearer(await token()), { key: "k" }), {
      org: "acme",
      user: "alice",
      source: "token",
    });
  });

  test("the token in the request's metadata.access_token names the caller", async () => {
    const { resolve } = await resolverFor();
    const request = { metadata: { access_token: await token(), user_id: "alice", organization_id: "acme" } };
    assert.deepEqual(await resolve(new Metadata(), request), { org: "acme", user: "alice", source: "token" });
  });

  test("claims are read from the configured claim names", async () => {
    const { resolve } = await resolverFor({ orgClaim: "tenant", userClaim: "email" });
    const t = await token({ claims: { tenant: "globex", email: "bob@globex.test" } });
    assert.deepEqual(await resolve(bearer(t), {}), { org: "globex", user: "bob@globex.test", source: "token" });
  });

  test("request ids that agree with the token are accepted", async () => {
    const { resolve } = await resolverFor();
    const request = { user_id: "alice", organization_id: "acme", metadata: { user_id: "alice" } };
    assert.equal((await resolve(bearer(await token()), request)).user, "alice");
  });

  test("request ids that disagree with the token are PERMISSION_DENIED, wherever the request carries them", async () => {
    const { resolve } = await resolverFor();
    const t = await token();
    const disagreeing = [
      { user_id: "mallory" },
      { organization_id: "globex" },
      { metadata: { user_id: "mallory" } },
      { metadata: { organization_id: "globex", access_token: t } },
      { user_id: "alice", metadata: { user_id: "mallory" } },
      { organization_id: "acme", metadata: { organization_id: "globex" } },
    ];
    for (const request of disagreeing) {
      await rejectsWith(resolve(bearer(t), request), "permission_denied");
    }
  });

  test("the SDK's \"default-org\" placeholder is the token's organisation, on any service", async () => {
    const { resolve } = await resolverFor();
    const t = await token();
    const request = { user_id: "alice", organization_id: "default-org" };
    assert.equal((await resolve(bearer(t), request)).org, "acme");
    assert.equal((await resolve(bearer(t), request, { podOrgOnly: true })).org, "acme");
  });

  test("a resource naming another organisation than the token's is PERMISSION_DENIED", async () => {
    const { resolve } = await resolverFor();
    const t = await token();
    const scope = { namedOrg: (r: unknown) => (r as { session_id: string }).session_id.split(".")[0] };
    assert.equal((await resolve(bearer(t), { session_id: "acme.x" }, scope)).org, "acme");
    await rejectsWith(resolve(bearer(t), { session_id: "globex.x" }, scope), "permission_denied");
    await rejectsWith(
      resolve(bearer(t), { organization_id: "default-org", session_id: "globex.x" }, scope),
      "permission_denied",
    );
  });

  test("no token is UNAUTHENTICATED, even when the request names a user", async () => {
    const { resolve } = await resolverFor();
    await rejectsWith(resolve(new Metadata(), { user_id: "alice", organization_id: "acme" }), "unauthenticated");
    const confused = { user_id: "alice", metadata: { user_id: "mallory" } };
    await rejectsWith(resolve(new Metadata(), confused), "unauthenticated", /no token/);
    await rejectsWith(resolve(bearer("garbage"), confused), "unauthenticated");
  });

  test("an authorization header that is not a Bearer token is UNAUTHENTICATED", async () => {
    const { resolve } = await resolverFor();
    const metadata = new Metadata();
    metadata.set("authorization", `Basic ${Buffer.from("alice:pw").toString("base64")}`);
    await rejectsWith(resolve(metadata, {}), "unauthenticated", /not a Bearer token/);
  });

  test("a token without the org or user claim, or with an unusable id, is UNAUTHENTICATED", async () => {
    const { resolve } = await resolverFor();
    await rejectsWith(resolve(bearer(await token({ claims: { org_id: undefined } })), {}), "unauthenticated");
    await rejectsWith(resolve(bearer(await token({ claims: { sub: "" } })), {}), "unauthenticated");
    await rejectsWith(resolve(bearer(await token({ org: "acme\u0000" })), {}), "unauthenticated", /control/);
    await rejectsWith(resolve(bearer(await token({ org: "\ud800" })), {}), "unauthenticated", /well-formed/);
  });
});

describe("local mode", () => {
  const local = { mode: "local" as const, defaultOrg: "pod-org", defaultUser: "pod-user" };

  test("a token, when sent, names the caller and must agree with the request", async () => {
    const { resolve } = await resolverFor(local);
    const t = await token();
    assert.deepEqual(await resolve(bearer(t), {}), { org: "acme", user: "alice", source: "token" });
    await rejectsWith(resolve(bearer(t), { user_id: "pod-user" }), "permission_denied");
  });

  test("a bad token is UNAUTHENTICATED, never a fall-back to the request or the defaults", async () => {
    const { resolve } = await resolverFor(local);
    await rejectsWith(resolve(bearer(await token({ expiresIn: -120 })), { user_id: "alice" }), "unauthenticated");
  });

  test("without a token, the request's ids name the caller", async () => {
    const { resolve } = await resolverFor(local);
    assert.deepEqual(await resolve(new Metadata(), { user_id: "carol", organization_id: "initech" }), {
      org: "initech",
      user: "carol",
      source: "request",
    });
    assert.deepEqual(await resolve(new Metadata(), { metadata: { user_id: "dave", organization_id: "hooli" } }), {
      org: "hooli",
      user: "dave",
      source: "request",
    });
  });

  test("request ids that disagree with each other are PERMISSION_DENIED", async () => {
    const { resolve } = await resolverFor(local);
    await rejectsWith(
      resolve(new Metadata(), { user_id: "carol", metadata: { user_id: "dave" } }),
      "permission_denied",
    );
  });

  test("a missing id falls back to the pod's default; with neither it is the pod's identity", async () => {
    const { resolve } = await resolverFor(local);
    assert.deepEqual(await resolve(new Metadata(), { user_id: "carol" }), {
      org: "pod-org",
      user: "carol",
      source: "request",
    });
    assert.deepEqual(await resolve(new Metadata(), {}), { org: "pod-org", user: "pod-user", source: "default" });
    assert.deepEqual(await resolve(new Metadata(), undefined), { org: "pod-org", user: "pod-user", source: "default" });
  });

  test("without --default-org/--default-user the pod is default-org/default-user, the isA SDK's own placeholders", async () => {
    const { resolve } = await resolverFor({ mode: "local" });
    assert.deepEqual(await resolve(new Metadata(), {}), {
      org: "default-org",
      user: "default-user",
      source: "default",
    });
    assert.deepEqual(await resolve(new Metadata(), { user_id: "carol" }), {
      org: "default-org",
      user: "carol",
      source: "request",
    });
  });

  test("the SDK's \"default-org\" names no organisation: it is the pod's", async () => {
    const { resolve } = await resolverFor(local);
    assert.deepEqual(await resolve(new Metadata(), { user_id: "carol", organization_id: "default-org" }), {
      org: "pod-org",
      user: "carol",
      source: "request",
    });
  });

  test("the organisation a resource names is the caller's, and must agree with organization_id", async () => {
    const { resolve } = await resolverFor(local);
    const scope = { namedOrg: (r: unknown) => (r as { session_id: string }).session_id.split(".")[0] };
    assert.equal((await resolve(new Metadata(), { session_id: "initech.x" }, scope)).org, "initech");
    assert.equal(
      (await resolve(new Metadata(), { organization_id: "initech", session_id: "initech.x" }, scope)).org,
      "initech",
    );
    await rejectsWith(
      resolve(new Metadata(), { organization_id: "hooli", session_id: "initech.x" }, scope),
      "permission_denied",
      /differ/,
    );
  });

  test("a pod-org-only service refuses another organisation, and tells how to serve it", async () => {
    const { resolve } = await resolverFor(local);
    const scope = { podOrgOnly: true };
    assert.equal((await resolve(new Metadata(), { organization_id: "default-org" }, scope)).org, "pod-org");
    assert.equal((await resolve(new Metadata(), { organization_id: "pod-org" }, scope)).org, "pod-org");
    await rejectsWith(
      resolve(new Metadata(), { organization_id: "initech" }, scope),
      "permission_denied",
      /--default-org "initech"/,
    );
  });

  test("request ids are checked like token ids", async () => {
    const { resolve } = await resolverFor(local);
    await rejectsWith(resolve(new Metadata(), { user_id: "carol\n", organization_id: "acme" }), "invalid_argument");
    await rejectsWith(resolve(new Metadata(), { user_id: "c".repeat(129) }), "invalid_argument");
  });
});

describe("the verified-token cache", () => {
  afterEach(() => mock.timers.reset());

  test("a token is verified once: the second call does not look up a key", async () => {
    const { verifier, keyLookups } = await resolverFor();
    const t = await token();
    assert.equal((await verifier.verify(t)).user, "alice");
    assert.equal((await verifier.verify(t)).user, "alice");
    assert.equal(keyLookups(), 1);
    await verifier.verify(await token({ user: "bob" }));
    assert.equal(keyLookups(), 2);
  });

  test("a failed verification is not cached", async () => {
    const { verifier, keyLookups } = await resolverFor();
    const t = await token({ audience: "someone-else" });
    await rejectsWith(verifier.verify(t), "unauthenticated", /aud/);
    await rejectsWith(verifier.verify(t), "unauthenticated", /aud/);
    assert.equal(keyLookups(), 2);
  });

  test("a cached token is not honoured after it expires", async () => {
    const start = Date.now();
    mock.timers.enable({ apis: ["Date"], now: start });
    const { verifier, keyLookups } = await resolverFor({ clockSkewSeconds: 0 });
    const t = await token({ expiresIn: 60 });
    assert.equal((await verifier.verify(t)).user, "alice");
    mock.timers.setTime(start + 30_000);
    assert.equal((await verifier.verify(t)).user, "alice");
    assert.equal(keyLookups(), 1, "still cached before exp");

    mock.timers.setTime(start + 61_000);
    await rejectsWith(verifier.verify(t), "unauthenticated", /expired/);
    assert.equal(keyLookups(), 2, "verified again, not answered from the cache");
  });

  test("callers taking turns each get their own identity, and an expired one is refused while the other is not", async () => {
    const start = Date.now();
    mock.timers.enable({ apis: ["Date"], now: start });
    const { verifier, keyLookups } = await resolverFor({ clockSkewSeconds: 0 });
    const short = await token({ user: "alice", expiresIn: 60 });
    const long = await token({ user: "bob", expiresIn: 600 });
    for (let i = 0; i < 3; i++) {
      assert.equal(verifier.cached(short)?.user ?? (await verifier.verify(short)).user, "alice");
      assert.equal(verifier.cached(long)?.user ?? (await verifier.verify(long)).user, "bob");
    }
    assert.equal(keyLookups(), 2);

    mock.timers.setTime(start + 61_000);
    assert.equal(verifier.cached(short), undefined, "the last token looked up, expired");
    assert.equal(verifier.cached(long)?.user, "bob");
    assert.equal(verifier.cached(short), undefined, "expired, whether looked up last or not");
    await rejectsWith(verifier.verify(short), "unauthenticated", /expired/);
  });
});
