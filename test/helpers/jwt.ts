/**
 * Keys, JWKS and tokens for auth tests, made with jose the way an identity provider makes them;
 * hand-made tokens jose refuses to produce (alg none, HMAC keyed with a public key, tampered
 * payloads); and a JWKS served over local HTTP whose requests are counted.
 */
import { createHmac, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, type JSONWebKeySet, type JWK, SignJWT } from "jose";

export const TEST_ISSUER = "https://issuer.isa.test";
export const TEST_AUDIENCE = "isa-sidecar-test";

export type TestAlg = "RS256" | "PS256" | "ES256" | "EdDSA";

export interface TestKey {
  readonly alg: TestAlg;
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public half as it appears in a JWKS. */
  readonly publicJwk: JWK;
}

export async function makeKey(alg: TestAlg, kid = `${alg}-${randomUUID()}`): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  return { alg, kid, privateKey, publicKey, publicJwk };
}

export const jwksOf = (...keys: TestKey[]): JSONWebKeySet => ({ keys: keys.map((k) => k.publicJwk) });

/** Writes a JWKS to a new temporary file (removed when the process exits) and returns its path. */
export function writeJwksFile(set: JSONWebKeySet): string {
  const dir = mkdtempSync(join(tmpdir(), "isa-jwks-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "jwks.json");
  writeFileSync(file, JSON.stringify(set));
  return file;
}

export interface TokenOptions {
  org?: string;
  user?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that already expired. */
  expiresIn?: number;
  /** Seconds from now for `nbf`; unset means no `nbf` claim. */
  notBefore?: number;
  /** Extra protected header parameters (jku, jwk, a different kid...). */
  header?: Record<string, unknown>;
  /** Extra or overriding claims. */
  claims?: Record<string, unknown>;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims a token of these options carries. */
export function claimsOf(o: TokenOptions = {}): Record<string, unknown> {
  return {
    org_id: o.org ?? "org-test",
    sub: o.user ?? "user-test",
    iss: o.issuer ?? TEST_ISSUER,
    aud: o.audience ?? TEST_AUDIENCE,
    iat: nowSeconds(),
    exp: nowSeconds() + (o.expiresIn ?? 300),
    ...(o.notBefore === undefined ? {} : { nbf: nowSeconds() + o.notBefore }),
    ...o.claims,
  };
}

/** A token signed by `key` the regular way. */
export function signToken(key: TestKey, o: TokenOptions = {}): Promise<string> {
  return new SignJWT(claimsOf(o))
    .setProtectedHeader({ typ: "JWT", ...o.header, alg: key.alg, kid: (o.header?.kid as string) ?? key.kid })
    .sign(key.privateKey);
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** `alg: none`: a header and payload with an empty signature. */
export function unsignedToken(kid: string, o: TokenOptions = {}): string {
  return `${b64url({ alg: "none", typ: "JWT", kid })}.${b64url(claimsOf(o))}.`;
}

/** HS256 keyed with `secret`: the classic confusion attack uses the server's public key as the secret. */
export function hmacToken(secret: string | Buffer, kid: string, o: TokenOptions = {}): string {
  const input = `${b64url({ alg: "HS256", typ: "JWT", kid })}.${b64url(claimsOf(o))}`;
  return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
}

/** The public key as PEM (SPKI), as an attacker would fetch it from the JWKS. */
export const publicPem = (key: TestKey) => exportSPKI(key.publicKey);

/** The same header and signature around a payload with `changes` applied. */
export function tamperPayload(token: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as Record<string, unknown>;
  return `${header}.${b64url({ ...claims, ...changes })}.${signature}`;
}

export interface JwksServer {
  readonly url: string;
  /** How many requests the server has received. */
  requests(): number;
  /** Serves `set` from now on. */
  setKeys(set: JSONWebKeySet): void;
  /** From now on answer with this HTTP status, or drop every connection without an answer. */
  fail(how: number | "drop"): void;
  close(): Promise<void>;
}

/** Serves a JWKS on 127.0.0.1 (any path), counting requests. */
export async function serveJwks(initial: JSONWebKeySet): Promise<JwksServer> {
  let set = initial;
  let failure: number | "drop" | undefined;
  let count = 0;
  const server = createServer((req, res) => {
    count++;
    if (failure === "drop") {
      req.socket.destroy();
      return;
    }
    if (failure !== undefined) {
      res.writeHead(failure, { "content-type": "text/plain" }).end("identity provider down\n");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(set));
  });
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    requests: () => count,
    setKeys(next) {
      set = next;
      failure = undefined;
    },
    fail(how) {
      failure = how;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
