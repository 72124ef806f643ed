/**
 * Sidecar configuration: flags and environment in, one validated `SidecarConfig` out.
 * Pure (no I/O), so every rule is unit-tested; the CLI turns a ConfigError into exit code 2.
 */
import { isIP } from "node:net";
import { LOG_LEVELS, type LogLevel } from "../shared/logger";
import type { ConfiguredService, ServicePlugin } from "./services/service";

export class ConfigError extends Error {
  constructor(
    readonly flag: string,
    reason: string,
  ) {
    super(`${flag}: ${reason}`);
    this.name = "ConfigError";
  }
}

export type ListenAddress = { kind: "tcp"; host: string; port: number } | { kind: "unix"; path: string };

export interface AuthConfig {
  mode: "jwt" | "local";
  jwksUrl?: string;
  jwksFile?: string;
  issuer?: string;
  audience?: string;
  algorithms: string[];
  orgClaim: string;
  userClaim: string;
  defaultOrg?: string;
  defaultUser?: string;
  /** Trust the local development key (`isa-sidecar token`) besides any JWKS. */
  dev: boolean;
  devKeyFile: string;
  clockSkewSeconds: number;
  /** Least time between two JWKS fetches caused by unknown `kid`s (hidden flag, for tests). */
  jwksCooldownMs: number;
}

export interface SidecarConfig {
  listen: ListenAddress[];
  adminListen: { host: string; port: number };
  auth: AuthConfig;
  /** The backend services that are configured, each with its own resolved config. */
  services: ConfiguredService[];
  lokiUrl?: string;
  logLevel: LogLevel;
  gracePeriodMs: number;
  maxMessageBytes: number;
  /** How long a call may wait for the rest of a request message (idle.ts). */
  requestIdleMs: number;
}

/** Options as commander hands them over (flag beats env is commander's job, via Option.env). */
export interface ServeOptions {
  listen: string;
  adminListen: string;
  auth: string;
  jwksUrl?: string;
  jwksFile?: string;
  jwksCooldown?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  jwtAlgorithms: string;
  jwtClockSkew: string;
  orgClaim: string;
  userClaim: string;
  defaultOrg?: string;
  defaultUser?: string;
  dev?: boolean;
  devKeyFile: string;
  /** Options of the service plugins, by commander's camelCase names. */
  [serviceOption: string]: unknown;
  lokiUrl?: string;
  logLevel: string;
  gracePeriod: string;
  maxMessageBytes: string;
  requestIdleTimeout?: string;
}

export const DEFAULT_LISTEN = "127.0.0.1:50051,127.0.0.1:50055,127.0.0.1:50056,127.0.0.1:50061";
export const DEFAULT_ADMIN_LISTEN = "127.0.0.1:50050";
export const SUPPORTED_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];

export function parseHostPort(flag: string, value: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value.trim());
  if (!match) throw new ConfigError(flag, `"${value}" is not host:port`);
  const port = Number(match[3]);
  if (port < 1 || port > 65535) throw new ConfigError(flag, `port ${port} is out of range 1-65535`);
  return { host: match[1] ?? match[2]!, port };
}

function parseListen(flag: string, value: string): ListenAddress[] {
  const parts = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (parts.length === 0) throw new ConfigError(flag, "no address given");
  return parts.map((part): ListenAddress => {
    if (part.startsWith("unix:")) {
      const path = part.slice("unix:".length);
      if (!path.startsWith("/")) throw new ConfigError(flag, `unix socket path "${path}" must be absolute`);
      return { kind: "unix", path };
    }
    return { kind: "tcp", ...parseHostPort(flag, part) };
  });
}

export function isLoopback(address: ListenAddress): boolean {
  if (address.kind === "unix") return true;
  const host = address.host.toLowerCase();
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

export function parseInteger(flag: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new ConfigError(flag, `"${value}" is not a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new ConfigError(flag, `${n} is out of range ${min}-${max}`);
  return n;
}

/** Durations like `30s`, `500ms`, `2m`, or a bare number of seconds. */
export function parseDurationMs(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new ConfigError(flag, `"${value}" is not a duration (e.g. 30s, 500ms, 2m)`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? "s"]!;
  return Math.round(Number(match[1]) * unit);
}

export function parseUrl(flag: string, value: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(flag, `"${redact(value)}" is not a URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(flag, `scheme must be one of ${protocols.join(", ")}, not ${url.protocol}`);
  }
  return value;
}

/** A URL with its password replaced, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparseable url>";
  }
}

function resolveAuth(o: ServeOptions): AuthConfig {
  if (o.auth !== "jwt" && o.auth !== "local") throw new ConfigError("--auth", `must be jwt or local, not "${o.auth}"`);
  const algorithms = o.jwtAlgorithms
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  if (algorithms.length === 0) throw new ConfigError("--jwt-algorithms", "no algorithm given");
  for (const alg of algorithms) {
    if (!SUPPORTED_ALGORITHMS.includes(alg)) {
      throw new ConfigError(
        "--jwt-algorithms",
        `"${alg}" is not allowed; choose from ${SUPPORTED_ALGORITHMS.join(",")}`,
      );
    }
  }
  if (o.jwksUrl && o.jwksFile) throw new ConfigError("--jwks-url", "give --jwks-url or --jwks-file, not both");
  if (o.jwksUrl) parseUrl("--jwks-url", o.jwksUrl, ["https:", "http:"]);
  if (o.auth === "jwt" && !o.jwksUrl && !o.jwksFile && !o.dev) {
    throw new ConfigError(
      "--auth",
      "jwt mode needs --jwks-url or --jwks-file (or --dev for the local development key)",
    );
  }
  if ((o.defaultOrg || o.defaultUser) && o.auth !== "local") {
    throw new ConfigError(o.defaultOrg ? "--default-org" : "--default-user", "only applies with --auth local");
  }
  const skew = parseInteger("--jwt-clock-skew", o.jwtClockSkew.replace(/s$/, ""), 0, 60);
  return {
    mode: o.auth,
    jwksUrl: o.jwksUrl,
    jwksFile: o.jwksFile,
    issuer: o.jwtIssuer,
    audience: o.jwtAudience,
    algorithms,
    orgClaim: o.orgClaim,
    userClaim: o.userClaim,
    defaultOrg: o.defaultOrg,
    defaultUser: o.defaultUser,
    dev: Boolean(o.dev),
    devKeyFile: o.devKeyFile,
    clockSkewSeconds: skew,
    jwksCooldownMs: parseDurationMs("--jwks-cooldown", o.jwksCooldown ?? "30s"),
  };
}

export function resolveConfig(
  o: ServeOptions,
  env: NodeJS.ProcessEnv,
  plugins: readonly ServicePlugin[] = [],
): SidecarConfig {
  const listen = parseListen("--listen", o.listen);
  const auth = resolveAuth(o);
  if (auth.mode === "local") {
    const exposed = listen.find((a) => !isLoopback(a));
    if (exposed && exposed.kind === "tcp") {
      throw new ConfigError(
        "--listen",
        `local auth trusts the caller, so every listener must be loopback or a unix socket; ${exposed.host}:${exposed.port} is not`,
      );
    }
  }
  if (!(LOG_LEVELS as readonly string[]).includes(o.logLevel)) {
    throw new ConfigError("--log-level", `must be one of ${LOG_LEVELS.join(", ")}`);
  }
  return {
    listen,
    adminListen: parseHostPort("--admin-listen", o.adminListen),
    auth,
    services: plugins.flatMap((plugin) => {
      const config = plugin.resolve(o, env);
      return config === undefined ? [] : [{ plugin, config }];
    }),
    lokiUrl: o.lokiUrl ? parseUrl("--loki-url", o.lokiUrl, ["http:", "https:"]) : undefined,
    logLevel: o.logLevel as LogLevel,
    gracePeriodMs: parseDurationMs("--grace-period", o.gracePeriod),
    maxMessageBytes: parseInteger("--max-message-bytes", o.maxMessageBytes, 1024, 1024 * 1024 * 1024),
    requestIdleMs: parseDurationMs("--request-idle-timeout", o.requestIdleTimeout ?? "30s"),
  };
}
