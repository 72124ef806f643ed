/**
 * Where verification keys come from: a JWKS file, or a JWKS URL with caching. The URL source keeps
 * the last good key set when the endpoint fails, refreshes in the background, and refetches at once
 * (at most once per cooldown) when a token names a `kid` it does not know.
 */
import { readFileSync } from "node:fs";
import { createLocalJWKSet, errors, type JSONWebKeySet, type JWSHeaderParameters, type JWTVerifyGetKey } from "jose";
import type { Logger } from "../../shared/logger";

export interface KeySource {
  getKey: JWTVerifyGetKey;
  close(): void;
}

function parseKeySet(text: string, origin: string): JSONWebKeySet {
  let parsed: JSONWebKeySet;
  try {
    parsed = JSON.parse(text) as JSONWebKeySet;
  } catch (err) {
    throw new Error(`${origin} is not a JWKS: ${(err as Error).message}`);
  }
  if (!parsed || !Array.isArray(parsed.keys)) throw new Error(`${origin} is not a JWKS (no "keys" array)`);
  return parsed;
}

export function fileKeySource(path: string): KeySource {
  const set = createLocalJWKSet(parseKeySet(readFileSync(path, "utf8"), path));
  return { getKey: set, close() {} };
}

export interface UrlKeySourceOptions {
  url: string;
  log: Logger;
  cooldownMs?: number;
  refreshMs?: number;
  timeoutMs?: number;
}

export function urlKeySource(opts: UrlKeySourceOptions): KeySource & { ready: Promise<void> } {
  const { url, log, cooldownMs = 30_000, refreshMs = 300_000, timeoutMs = 5_000 } = opts;
  // Required only for a JWKS URL: undici costs start-up time and memory most sidecars skip.
  const { request } = require("undici") as typeof import("undici");
  let current: ReturnType<typeof createLocalJWKSet> | undefined;
  let lastFetch = 0;
  let inflight: Promise<void> | undefined;

  async function fetchOnce(): Promise<void> {
    lastFetch = Date.now();
    try {
      const res = await request(url, { headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
      const body = await res.body.text();
      if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
      current = createLocalJWKSet(parseKeySet(body, url));
      log.debug({ url }, "jwks refreshed");
    } catch (err) {
      // Keep serving the last good keys: an identity provider outage must not fail every call.
      log.warn({ url, err: (err as Error).message }, "jwks fetch failed; keeping the last good keys");
    }
  }

  const refresh = () => {
    inflight ??= fetchOnce().finally(() => {
      inflight = undefined;
    });
    return inflight;
  };

  const ready = refresh();
  const timer = setInterval(refresh, refreshMs);
  timer.unref();

  const getKey: JWTVerifyGetKey = async (header: JWSHeaderParameters, token) => {
    if (!current) await refresh();
    try {
      if (!current) throw new errors.JWKSNoMatchingKey();
      return await current(header, token);
    } catch (err) {
      const unknownKid = err instanceof errors.JWKSNoMatchingKey;
      if (!unknownKid || Date.now() - lastFetch < cooldownMs) throw err;
      await refresh();
      if (!current) throw err;
      return current(header, token);
    }
  };
  return { getKey, ready, close: () => clearInterval(timer) };
}
