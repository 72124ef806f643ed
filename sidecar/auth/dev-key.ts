/**
 * The local development key: `isa-sidecar token` signs with it and `serve --dev` trusts it, so a
 * newcomer makes a first authenticated call in a minute. For development only: anyone who can read
 * the key file can mint tokens for any organisation.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";

export const DEV_ISSUER = "isa-sidecar-dev";
export const DEV_AUDIENCE = "isa-sidecar";
export const DEV_KID = "isa-sidecar-dev";
const DEV_ALG = "EdDSA";

export function defaultDevKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ISA_SIDECAR_DEV_KEY_FILE) return env.ISA_SIDECAR_DEV_KEY_FILE;
  const stateHome = env.XDG_STATE_HOME || join(homedir(), ".local", "state");
  return join(stateHome, "isa-sidecar", "dev-key.json");
}

interface StoredDevKey {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Loads the key pair, creating it (mode 0600) on first use. */
export async function loadDevKey(file: string): Promise<StoredDevKey> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as StoredDevKey;
  const { privateKey, publicKey } = await generateKeyPair(DEV_ALG, { crv: "Ed25519", extractable: true });
  const stored: StoredDevKey = {
    privateJwk: { ...(await exportJWK(privateKey)), kid: DEV_KID, alg: DEV_ALG },
    publicJwk: { ...(await exportJWK(publicKey)), kid: DEV_KID, alg: DEV_ALG, use: "sig" },
  };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(stored), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return stored;
}

export interface DevTokenClaims {
  org: string;
  user: string;
  ttlSeconds: number;
  orgClaim?: string;
}

export async function signDevToken(file: string, claims: DevTokenClaims): Promise<string> {
  const { privateJwk } = await loadDevKey(file);
  const key = await importJWK(privateJwk, DEV_ALG);
  return new SignJWT({ [claims.orgClaim ?? "org_id"]: claims.org })
    .setProtectedHeader({ alg: DEV_ALG, kid: DEV_KID, typ: "JWT" })
    .setSubject(claims.user)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + claims.ttlSeconds)
    .sign(key);
}
