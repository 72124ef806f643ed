/**
 * Verifies bearer tokens: signature against the configured keys (and the dev key with --dev),
 * algorithm allow-list, `iss`, `aud`, `exp`, `nbf` with bounded clock skew. Header-supplied key
 * locations (`jku`, `x5u`, embedded `jwk`) are never used: keys come only from our key source.
 * Verified tokens are cached until they expire, so a steady caller pays for one signature check.
 */
import { decodeProtectedHeader, errors, importJWK, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { AuthConfig } from "../config";
import { unauthenticated } from "../errors";
import { checkId } from "../tenancy";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_KID, loadDevKey } from "./dev-key";

export interface Identity {
  readonly org: string;
  readonly user: string;
  /** Where the identity came from: a verified token, the request's own fields, or the pod's defaults. */
  readonly source: "token" | "request" | "default";
}

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
  /** The identity of a token verified before and not yet expired, without waiting; else undefined. */
  cached(token: string): Identity | undefined;
}

interface CachedIdentity {
  identity: Identity;
  expiresAtMs: number;
}

const MAX_CACHED_TOKENS = 10_000;
const MAX_TOKEN_LENGTH = 16 * 1024;

function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return "token expired";
  if (err instanceof errors.JWTClaimValidationFailed) return `token claim "${err.claim}" invalid: ${err.reason}`;
  if (err instanceof errors.JOSEAlgNotAllowed) return "token algorithm not allowed";
  if (err instanceof errors.JWSSignatureVerificationFailed) return "token signature invalid";
  if (err instanceof errors.JWKSNoMatchingKey) return "no key matches the token";
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return "token malformed";
  return "token rejected";
}

export async function createTokenVerifier(auth: AuthConfig, keys: JWTVerifyGetKey | undefined): Promise<TokenVerifier> {
  const devKey = auth.dev ? await importJWK((await loadDevKey(auth.devKeyFile)).publicJwk, "EdDSA") : undefined;
  const cache = new Map<string, CachedIdentity>();

  function identityFrom(payload: JWTPayload): Identity {
    const org = payload[auth.orgClaim];
    const user = payload[auth.userClaim];
    if (typeof org !== "string" || org === "") throw unauthenticated(`token has no "${auth.orgClaim}" claim`);
    if (typeof user !== "string" || user === "") throw unauthenticated(`token has no "${auth.userClaim}" claim`);
    try {
      return { org: checkId("organization", org), user: checkId("user", user), source: "token" };
    } catch (err) {
      throw unauthenticated(`token identity unusable: ${(err as Error).message}`);
    }
  }

  async function verifySignature(token: string): Promise<JWTPayload> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw new errors.JWSInvalid("malformed");
    }
    const common = { clockTolerance: auth.clockSkewSeconds, requiredClaims: ["exp"] };
    if (devKey && header.kid === DEV_KID) {
      return (
        await jwtVerify(token, devKey, { ...common, algorithms: ["EdDSA"], issuer: DEV_ISSUER, audience: DEV_AUDIENCE })
      ).payload;
    }
    if (!keys) throw new errors.JWKSNoMatchingKey();
    const options = { ...common, algorithms: auth.algorithms, issuer: auth.issuer, audience: auth.audience };
    return (await jwtVerify(token, keys, options)).payload;
  }

  /**
   * The last token looked up, compared before the map: a sidecar mostly serves one app with one
   * token, and each call brings it as a new string, which the map would hash again (300+ chars).
   */
  let lastToken = "";
  let lastHit: CachedIdentity | undefined;

  function cached(token: string): Identity | undefined {
    const hit = token === lastToken ? lastHit : cache.get(token);
    if (hit === undefined) return undefined;
    if (hit.expiresAtMs > Date.now()) {
      lastToken = token;
      lastHit = hit;
      return hit.identity;
    }
    cache.delete(token);
    if (token === lastToken) lastHit = undefined;
    return undefined;
  }

  return {
    cached,
    async verify(token) {
      const known = cached(token);
      if (known) return known;
      if (token.length > MAX_TOKEN_LENGTH) throw unauthenticated("token too large");

      let payload: JWTPayload;
      try {
        payload = await verifySignature(token);
      } catch (err) {
        throw unauthenticated(describe(err));
      }
      const identity = identityFrom(payload);
      if (cache.size >= MAX_CACHED_TOKENS) cache.delete(cache.keys().next().value!);
      // Cache only until exp (without the skew allowance): a cached token is never honoured past expiry.
      cache.set(token, { identity, expiresAtMs: (payload.exp ?? 0) * 1000 });
      return identity;
    },
  };
}
