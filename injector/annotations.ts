/**
 * The sidecar settings: one vocabulary for the injector config's `defaults` and the pod
 * annotations `sidecar.isa.cloud/<name>`. Each setting has one checker; a bad value in the config
 * file stops the injector, the same bad value in an annotation becomes an admission warning and
 * the default is used instead. Pure: no I/O.
 */
import { parseQuantity } from "./quantity";

export const ANNOTATION_PREFIX = "sidecar.isa.cloud/";

/** Mirrors shared/logger LOG_LEVELS (a test keeps them equal; importing it would pull pino into the mutation). */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
/** Mirrors sidecar/config SUPPORTED_ALGORITHMS (kept equal by a test). */
export const JWT_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];
/** The sidecar's own default `--listen` (kept equal to sidecar/config DEFAULT_LISTEN by a test). */
export const SIDECAR_DEFAULT_LISTEN = "127.0.0.1:50051,127.0.0.1:50055,127.0.0.1:50056,127.0.0.1:50061";

/** A checker returns the problem with a value, or undefined when the value is fine. */
type Check = (value: string) => string | undefined;

interface SettingSpec {
  /** The `isa-sidecar serve` flag this setting becomes, when it is one. */
  flag?: string;
  check: Check;
  /** Values that may carry credentials by mistake are never repeated in a warning or log. */
  sensitive?: boolean;
}

/** A credential the sidecar reads from its environment, filled only by a `secretKeyRef`. */
interface SecretSpec extends SettingSpec {
  env: string;
}

const oneOf =
  (allowed: readonly string[]): Check =>
  (v) =>
    allowed.includes(v) ? undefined : `must be one of ${allowed.join(", ")}`;

const token =
  (max: number): Check =>
  (v) => {
    if (v === "") return "must not be empty";
    if (v.length > max) return `must be at most ${max} characters`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    return /[\s\u0000-\u001f\u007f]/.test(v) ? "must not contain spaces or control characters" : undefined;
  };

function url(protocols: readonly string[], opts: { allowUser?: boolean } = {}): Check {
  return (v) => {
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      return "is not a URL";
    }
    if (!protocols.includes(u.protocol))
      return `must use the scheme ${protocols.map((p) => p.slice(0, -1)).join(" or ")}`;
    if (u.password || [...u.searchParams.keys()].some((k) => /password/i.test(k))) {
      return "must not contain a password; name a Secret with the matching *-secret setting";
    }
    if (u.username && !opts.allowUser) return "must not contain credentials; name a Secret instead";
    return undefined;
  };
}

const urlList =
  (protocols: readonly string[]): Check =>
  (v) => {
    for (const part of v.split(",")) {
      const problem = url(protocols)(part.trim());
      if (problem) return problem;
    }
    return undefined;
  };

/** `host:port` with an IPv4 address, `[IPv6]` or a DNS name. */
export function parseHostPort(v: string, minPort = 1): { host: string; port: number } | undefined {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(v);
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port < minPort || port > 65535) return undefined;
  const host = match[1] ?? match[2]!;
  if (match[1] && !isIPv6(host)) return undefined;
  return { host, port };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIPv6(host: string): boolean {
  if (!host.includes(":")) return false;
  try {
    return new URL(`http://[${host}]/`).hostname !== "";
  } catch {
    return false;
  }
}

function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || (IPV4.test(host) && host.startsWith("127."));
}

export type ListenAddress = { kind: "tcp"; host: string; port: number } | { kind: "unix"; path: string };

/** Parses a `--listen` list; undefined when any entry is not loopback `host:port` or `unix:/absolute/path`. */
export function parseListen(v: string): ListenAddress[] | undefined {
  const out: ListenAddress[] = [];
  for (const part of v.split(",").map((s) => s.trim())) {
    if (part.startsWith("unix:")) {
      const path = part.slice("unix:".length);
      if (checkSocketPath(path)) return undefined;
      out.push({ kind: "unix", path });
      continue;
    }
    const hp = parseHostPort(part);
    if (!hp || !isLoopbackHost(hp.host)) return undefined;
    out.push({ kind: "tcp", ...hp });
  }
  return out.length > 0 ? out : undefined;
}

function checkSocketPath(v: string): string | undefined {
  if (!/^(\/[A-Za-z0-9._-]+){2,}$/.test(v))
    return "must be an absolute path of at least two segments (a/directory/file)";
  if (v.split("/").some((seg) => seg === "." || seg === "..")) return "must not contain . or .. segments";
  if (v.length > 100) return "must be at most 100 characters (unix socket path limit)";
  return undefined;
}

const quantity: Check = (v) => {
  const n = parseQuantity(v);
  return n === undefined ? "is not a Kubernetes quantity (e.g. 100m, 1, 128Mi)" : undefined;
};

/** `secret-name/key`: a Secret in the pod's namespace and a key in it. */
export function parseSecretRef(v: string): { name: string; key: string } | undefined {
  const match = /^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)\/([-._a-zA-Z0-9]{1,253})$/.exec(v);
  return match ? { name: match[1]!, key: match[3]! } : undefined;
}

const secretRef: Check = (v) =>
  parseSecretRef(v) ? undefined : "must be <secret-name>/<key> naming a Secret in the pod's namespace";

const secret = (env: string): SecretSpec => ({ env, check: secretRef, sensitive: true });

export const SETTINGS = {
  image: { check: (v) => (/^[A-Za-z0-9][A-Za-z0-9._\-/:@]{0,511}$/.test(v) ? undefined : "is not an image reference") },
  "image-pull-policy": { check: oneOf(["Always", "IfNotPresent", "Never"]) },
  "log-level": { flag: "--log-level", check: oneOf(LOG_LEVELS) },
  auth: { flag: "--auth", check: oneOf(["jwt", "local"]) },
  "jwks-url": { flag: "--jwks-url", check: url(["https:", "http:"]), sensitive: true },
  "jwt-issuer": { flag: "--jwt-issuer", check: token(1024) },
  "jwt-audience": { flag: "--jwt-audience", check: token(1024) },
  "jwt-algorithms": {
    flag: "--jwt-algorithms",
    check: (v) =>
      v.split(",").every((a) => JWT_ALGORITHMS.includes(a.trim()))
        ? undefined
        : `must be a comma-separated list of ${JWT_ALGORITHMS.join(", ")}`,
  },
  "org-claim": { flag: "--org-claim", check: token(256) },
  "user-claim": { flag: "--user-claim", check: token(256) },
  "default-org": { flag: "--default-org", check: token(256) },
  "default-user": { flag: "--default-user", check: token(256) },
  "redis-url": { flag: "--redis-url", check: url(["redis:", "rediss:"], { allowUser: true }), sensitive: true },
  "redis-cluster": {
    // Seed nodes: host:port, or a redis(s):// URL (rediss:// for TLS) without a password.
    flag: "--redis-cluster",
    check: (v) => {
      for (const part of v.split(",").map((p) => p.trim())) {
        const problem = parseHostPort(part) ? undefined : url(["redis:", "rediss:"], { allowUser: true })(part);
        if (problem) return `must be a comma-separated list of host:port or redis(s):// seed nodes (${problem})`;
      }
      return undefined;
    },
    sensitive: true,
  },
  "postgres-url": {
    flag: "--postgres-url",
    check: url(["postgres:", "postgresql:"], { allowUser: true }),
    sensitive: true,
  },
  "nats-url": { flag: "--nats-url", check: urlList(["nats:", "tls:", "ws:", "wss:"]), sensitive: true },
  "nats-bucket-replicas": {
    flag: "--nats-bucket-replicas",
    check: (v) => (/^[1-5]$/.test(v) ? undefined : "must be a whole number from 1 to 5"),
  },
  "minio-endpoint": {
    flag: "--minio-endpoint",
    check: (v) => (parseHostPort(v) ? undefined : url(["http:", "https:"])(v)),
    sensitive: true,
  },
  "loki-url": { flag: "--loki-url", check: url(["http:", "https:"]), sensitive: true },
  listen: {
    // Unix sockets need a shared volume, which is what unix-socket sets up.
    check: (v) =>
      parseListen(v)?.every((a) => a.kind === "tcp")
        ? undefined
        : "must be a comma-separated list of loopback host:port (for a unix socket use unix-socket)",
  },
  "unix-socket": { check: checkSocketPath },
  "admin-listen": { check: (v) => (parseHostPort(v) ? undefined : "must be host:port") },
  "cpu-request": { check: quantity },
  "cpu-limit": { check: quantity },
  "memory-request": { check: quantity },
  "memory-limit": { check: quantity },
  "redis-password-secret": secret("ISA_CLOUD_REDIS_PASSWORD"),
  "postgres-password-secret": secret("POSTGRES_PASSWORD"),
  "postgres-tenant-key-secret": secret("ISA_SIDECAR_POSTGRES_TENANT_SECRET"),
  "nats-username-secret": secret("ISA_CLOUD_NATS_USERNAME"),
  "nats-password-secret": secret("ISA_CLOUD_NATS_PASSWORD"),
  "minio-access-key-secret": secret("ISA_CLOUD_STORAGE_MINIO_ACCESS_KEY"),
  "minio-secret-key-secret": secret("ISA_CLOUD_STORAGE_MINIO_SECRET_KEY"),
} satisfies Record<string, SettingSpec | SecretSpec>;

export type SettingName = keyof typeof SETTINGS;
export type Settings = Partial<Record<SettingName, string>>;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export function isSettingName(name: string): name is SettingName {
  return Object.hasOwn(SETTINGS, name);
}

export function settingSpec(name: SettingName): SettingSpec & { env?: string } {
  return SETTINGS[name];
}

/** The problem with a value for a setting, or undefined. */
export function checkSetting(name: SettingName, value: string): string | undefined {
  return SETTINGS[name].check(value);
}

/** Quotes a value for a message, unless it may hold a credential. */
export function shown(name: SettingName, value: string): string {
  if (settingSpec(name).sensitive) return "the value";
  return JSON.stringify(value.length > 64 ? `${value.slice(0, 61)}...` : value);
}

/**
 * Reads the pod's `sidecar.isa.cloud/*` annotations. Unknown names, locked settings and invalid
 * values become warnings and are left out, so the injector default applies for them.
 */
export function readAnnotations(
  annotations: Record<string, string> | undefined,
  locked: readonly SettingName[],
): { settings: Settings; warnings: string[] } {
  const settings: Settings = {};
  const warnings: string[] = [];
  for (const [key, raw] of Object.entries(annotations ?? {})) {
    if (!key.startsWith(ANNOTATION_PREFIX)) continue;
    const name = key.slice(ANNOTATION_PREFIX.length);
    if (!isSettingName(name)) {
      warnings.push(`${key}: unknown annotation, ignored`);
      continue;
    }
    if (locked.includes(name)) {
      warnings.push(`${key}: locked by the injector config, ignored`);
      continue;
    }
    const value = String(raw).trim();
    const problem = checkSetting(name, value);
    if (problem) {
      warnings.push(`${key}: ${shown(name, value)} ${problem}; using the injector default`);
      continue;
    }
    settings[name] = value;
  }
  return { settings, warnings };
}

/** Settings that hold together: what the pod asked for, over the defaults, minus what would stop the sidecar. */
export function resolveSettings(
  defaults: Settings,
  fromPod: Settings,
  extraArgs: readonly string[],
): { settings: Settings; warnings: string[] } {
  const settings: Settings = { ...defaults, ...fromPod };
  const warnings: string[] = [];
  const revert = (names: SettingName[], why: string) => {
    const set = names.filter((n) => fromPod[n] !== undefined);
    for (const n of set) {
      if (defaults[n] === undefined) delete settings[n];
      else settings[n] = defaults[n];
    }
    warnings.push(`${set.map((n) => ANNOTATION_PREFIX + n).join(", ")}: ${why}; using the injector default`);
  };

  for (const resource of ["cpu", "memory"] as const) {
    const req = settings[`${resource}-request`];
    const lim = settings[`${resource}-limit`];
    if (req && lim && parseQuantity(req)! > parseQuantity(lim)!) {
      revert([`${resource}-request`, `${resource}-limit`], `${resource} request ${req} exceeds limit ${lim}`);
    }
  }

  if ((settings.auth ?? "jwt") !== "local") {
    // The sidecar refuses a default identity outside local auth, so it is never passed there.
    const asked = (["default-org", "default-user"] as const).filter((n) => fromPod[n] !== undefined);
    if (asked.length > 0) {
      warnings.push(`${asked.map((n) => ANNOTATION_PREFIX + n).join(", ")}: only applies with auth local, ignored`);
    }
    delete settings["default-org"];
    delete settings["default-user"];
  }

  if (settings["redis-url"] && settings["redis-cluster"]) {
    // The sidecar refuses both: what the pod asked for replaces the injector's default.
    if (fromPod["redis-cluster"] && !fromPod["redis-url"]) delete settings["redis-url"];
    else if (fromPod["redis-url"] && !fromPod["redis-cluster"]) delete settings["redis-cluster"];
    else revert(["redis-url", "redis-cluster"], "give redis-url or redis-cluster, not both");
  }

  const admin = parseHostPort(settings["admin-listen"] ?? "");
  const tcpPorts = (parseListen(settings.listen ?? SIDECAR_DEFAULT_LISTEN) ?? []).flatMap((a) =>
    a.kind === "tcp" ? [a.port] : [],
  );
  if (admin && tcpPorts.includes(admin.port) && (fromPod["admin-listen"] || fromPod.listen)) {
    revert(["admin-listen", "listen"], `admin port ${admin.port} is also a gRPC listen port`);
  }
  const effectiveAdmin = parseHostPort(settings["admin-listen"] ?? "");
  if (effectiveAdmin && isLoopbackHost(effectiveAdmin.host)) {
    warnings.push(
      `${ANNOTATION_PREFIX}admin-listen: loopback ${effectiveAdmin.host} is not reachable by kubelet probes on the pod IP`,
    );
  }

  const devOrFile = extraArgs.some((a) => a === "--dev" || a.startsWith("--jwks-file"));
  if ((settings.auth ?? "jwt") === "jwt" && !settings["jwks-url"] && !devOrFile) {
    warnings.push(`${ANNOTATION_PREFIX}jwks-url: not set while auth is jwt; the sidecar will refuse to start`);
  }
  return { settings, warnings };
}
