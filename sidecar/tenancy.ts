/**
 * Every naming rule of the sidecar: the only way a caller's name reaches a backend.
 *
 * Each rule is injective: two different (org, user, name) triples never produce the same backend
 * name (one alias on purpose: PostgreSQL schema "public" is the org's default schema ""). Ids are encoded so that they can never contain the separator that follows them, which
 * makes the prefix parse unambiguous whatever characters the ids hold (a `:` in a user id, a `-`
 * in an org id, a `.` in a subject token). Results are mapped back with the matching `strip*`.
 */
import { invalidArgument } from "./errors";

export interface Tenant {
  readonly org: string;
  readonly user: string;
}

export const MAX_ID_LENGTH = 128;

/**
 * Refuses ids that are empty, too long, hold control characters, or are not well-formed unicode:
 * a lone surrogate encodes to the same UTF-8 bytes as U+FFFD, so two different ids would share a
 * tenant (a JWT claim can carry one through a JSON `\ud800` escape).
 */
export function checkId(kind: "organization" | "user", id: string): string {
  if (id.length === 0) throw invalidArgument(`${kind} id is empty`);
  if (id.length > MAX_ID_LENGTH) throw invalidArgument(`${kind} id is longer than ${MAX_ID_LENGTH} characters`);
  if (/\p{Cc}/u.test(id)) throw invalidArgument(`${kind} id contains control characters`);
  if (/\p{Cs}/u.test(id)) throw invalidArgument(`${kind} id is not well-formed unicode (lone surrogate)`);
  return id;
}

const hex = (byte: number) => byte.toString(16).padStart(2, "0");

/** Keeps `safe` characters, writes every other UTF-8 byte as `${marker}hh`; the marker is never safe. */
function escapeBytes(value: string, safe: RegExp, marker: string): string {
  let out = "";
  for (const ch of value) {
    if (safe.test(ch)) out += ch;
    else for (const byte of Buffer.from(ch, "utf8")) out += marker + hex(byte);
  }
  return out;
}

// --- Redis: `{org}:{user}:{key}` (the seed's pattern) ----------------------------------------
// Ids keep letters, digits and `._@-`; anything else (`:`, glob characters, `%`, `!`, unicode)
// becomes `%hh`, so an encoded id never holds `:` and never a glob character.
const REDIS_SAFE = /^[A-Za-z0-9._@-]$/;
const redisId = (id: string) => escapeBytes(id, REDIS_SAFE, "%");

/**
 * How keys are laid out. "single" (one Redis server) is the seed's `{org}:{user}:{key}`. "cluster"
 * (Redis Cluster) wraps the tenant part in a hash tag, `{org:user}:key`: Redis Cluster hashes
 * only what is between the first `{` and the next `}`, and encoded ids hold neither brace, so all
 * of one caller's keys, locks and sessions share a slot and multi-key commands, MULTI and Lua
 * scripts never fail CROSSSLOT. The price: one caller's keys live on one shard.
 */
export type RedisLayout = "single" | "cluster";

// Identities are cached with their verified tokens, so the same object comes back call after call:
// remembering its prefix takes the escaping off the hot path.
const prefixes: Record<RedisLayout, WeakMap<Tenant, string>> = { single: new WeakMap(), cluster: new WeakMap() };

/** Prefix of every data key and channel of one user. Literal under Redis glob matching. */
export function redisPrefix(t: Tenant, layout: RedisLayout = "single"): string {
  let prefix = prefixes[layout].get(t);
  if (prefix === undefined) {
    // Ids are checked here too, not only by the identity resolver: this is where they become names.
    const ids = `${redisId(checkId("organization", t.org))}:${redisId(checkId("user", t.user))}`;
    prefix = layout === "cluster" ? `{${ids}}:` : `${ids}:`;
    prefixes[layout].set(t, prefix);
  }
  return prefix;
}

export function redisKey(t: Tenant, key: string, layout: RedisLayout = "single"): string {
  return redisPrefix(t, layout) + key;
}

/** Maps a backend key back to the caller's name; throws if it is not the caller's (a bug, never expected). */
export function stripRedisKey(t: Tenant, backendKey: string, layout: RedisLayout = "single"): string {
  const prefix = redisPrefix(t, layout);
  if (!backendKey.startsWith(prefix)) throw new Error("key outside the tenant prefix");
  return backendKey.slice(prefix.length);
}

/**
 * Sidecar-owned records (sessions, locks) live under `!kind:` namespaces. No data key can start
 * with `!`, because an encoded org id never does (`!` is escaped) and a cluster prefix starts with
 * `{`, so users cannot reach them. In the cluster layout they carry the tenant's hash tag too.
 */
export function redisInternalKey(
  kind: "session" | "lock",
  t: Tenant,
  name: string,
  layout: RedisLayout = "single",
): string {
  return `!${kind}:${redisPrefix(t, layout)}${name}`;
}

export function redisInternalPrefix(kind: "session" | "lock", t: Tenant, layout: RedisLayout = "single"): string {
  return `!${kind}:${redisPrefix(t, layout)}`;
}

// --- DNS-like names (S3 buckets, PostgreSQL, NATS) --------------------------------------------
// Org ids keep lowercase letters and digits; every other byte becomes `xhh` (`x` included), so an
// encoded org holds only [a-z0-9], never the `-`, `_` or `.` that separates it from the name.
const LOWER_ALNUM_BUT_X = /^[a-wyz0-9]$/;
export const orgToken = (org: string) => escapeBytes(checkId("organization", org), LOWER_ALNUM_BUT_X, "x");

// --- Session ids: `{org token}.{random}` --------------------------------------------------------
// GetSession, UpdateSession and DeleteSession carry a session id and a user, no organisation: the
// id names the organisation that created the session, so a client that created it finds it again
// whatever organisation it named. The id only names a tenant, it grants nothing: the caller must
// still be of that organisation (jwt mode) and the session is looked up under the caller's prefix.

/** A new session id for `org`: its org token, a dot, and `random` (base64url, no dot). */
export function sessionId(org: string, random: string): string {
  return `${orgToken(org)}.${random}`;
}

/** The organisation a session id names, or undefined for an id this sidecar did not make. */
export function sessionIdOrg(id: string): string | undefined {
  const dot = id.indexOf(".");
  if (dot <= 0) return undefined;
  const token = id.slice(0, dot);
  if (!/^(?:[a-wyz0-9]|x[0-9a-f]{2})+$/.test(token)) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < token.length; i++) {
    if (token[i] === "x") {
      bytes.push(Number.parseInt(token.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(token.charCodeAt(i));
  }
  const org = Buffer.from(bytes).toString("utf8");
  // Only the canonical spelling of a valid id: bytes that are not UTF-8 decode to U+FFFD, and
  // would otherwise name an org that re-encodes differently.
  try {
    return orgToken(org) === token ? org : undefined;
  } catch {
    return undefined;
  }
}

// --- NATS: subjects `{org}.{subject}`; streams, KV buckets, object stores `{org}_{name}` ------

const NATS_TOKEN_FORBIDDEN = /[\s.*>]/;

/**
 * Validates a subject token by token: no empty tokens, no whitespace; `*` only as a whole token and
 * `>` only as the last whole token, and neither when `wildcards` is false (publishing).
 */
/**
 * A name is decoded from the request's UTF-8 by protobufjs, which turns invalid bytes into U+FFFD:
 * two different byte strings would then name one key. The decoded string cannot tell a U+FFFD
 * that was sent from one that replaced bad bytes, so names holding U+FFFD are refused: a real
 * U+FFFD in a name is vanishingly rare, two callers' bytes silently meeting is not acceptable.
 */
export function refuseReplacementChar(name: string, what: string): void {
  if (name.includes("\uFFFD")) {
    throw invalidArgument(`${what} holds U+FFFD: invalid UTF-8 (or U+FFFD itself) is not accepted in names`);
  }
}

export function checkSubject(subject: string, wildcards: boolean): string {
  if (subject.length === 0) throw invalidArgument("subject is empty");
  refuseReplacementChar(subject, "subject");
  const tokens = subject.split(".");
  tokens.forEach((token, i) => {
    if (token === "") throw invalidArgument(`subject "${subject}" has an empty token`);
    if (token === "*" || (token === ">" && i === tokens.length - 1)) {
      if (!wildcards) throw invalidArgument(`subject "${subject}" has a wildcard, not allowed here`);
      return;
    }
    if (NATS_TOKEN_FORBIDDEN.test(token)) {
      throw invalidArgument(`subject "${subject}": token "${token}" has whitespace or a misplaced wildcard`);
    }
  });
  return subject;
}

export function natsSubjectPrefix(org: string): string {
  return `${orgToken(org)}.`;
}

/**
 * The longest backend subject, in UTF-8 bytes, prefix included. nats-server closes a connection
 * whose protocol line (`PUB <subject> <reply> <size>`, `SUB <subject> <queue> <sid>`) passes its
 * max_control_line, 4096 bytes by default, and the sidecar shares one connection between all
 * tenants: one long subject would cut every tenant off. Two of these and a queue group fit well.
 */
export const MAX_NATS_SUBJECT_BYTES = 1024;

/** `prefix + subject`, refused when it would pass MAX_NATS_SUBJECT_BYTES. */
export function boundedNatsSubject(prefix: string, subject: string): string {
  const full = prefix + subject;
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit: most subjects skip the byte count.
  if (full.length * 3 > MAX_NATS_SUBJECT_BYTES && Buffer.byteLength(full) > MAX_NATS_SUBJECT_BYTES) {
    const room = MAX_NATS_SUBJECT_BYTES - Buffer.byteLength(prefix);
    throw invalidArgument(`subject is longer than ${room} bytes, the most this organization's subjects can have`);
  }
  return full;
}

export function natsSubject(org: string, subject: string, wildcards = false): string {
  return boundedNatsSubject(natsSubjectPrefix(org), checkSubject(subject, wildcards));
}

export function stripNatsSubject(org: string, backendSubject: string): string {
  const prefix = natsSubjectPrefix(org);
  if (!backendSubject.startsWith(prefix)) throw new Error("subject outside the tenant prefix");
  return backendSubject.slice(prefix.length);
}

const NATS_NAME = /^[A-Za-z0-9_-]+$/;
const MAX_NATS_NAME = 200;

/** Stream, consumer, KV bucket and object store names: `{org}_{name}`; the org token has no `_`. */
export function natsName(org: string, name: string): string {
  if (!NATS_NAME.test(name)) throw invalidArgument(`name "${name}" must be letters, digits, "-" or "_"`);
  const full = `${orgToken(org)}_${name}`;
  if (full.length > MAX_NATS_NAME) throw invalidArgument(`name "${name}" is too long for this organization`);
  return full;
}

export function natsNamePrefix(org: string): string {
  return `${orgToken(org)}_`;
}

/** The caller's name for a backend name, or undefined when it belongs to someone else. */
export function stripNatsName(org: string, backendName: string): string | undefined {
  const prefix = natsNamePrefix(org);
  return backendName.startsWith(prefix) ? backendName.slice(prefix.length) : undefined;
}

// --- S3: buckets `{org}-{bucket}` valid under S3 naming rules --------------------------------

const S3_BUCKET_PART = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;
// Names AWS S3 reserves for its own features ("xn--" cannot occur: an org token never starts "xn").
const S3_RESERVED_PREFIX = /^(?:sthree-|amzn-s3-demo-)/;
const S3_RESERVED_SUFFIX = /(?:-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/;

export function s3Bucket(org: string, bucket: string): string {
  if (!S3_BUCKET_PART.test(bucket)) {
    throw invalidArgument(
      `bucket "${bucket}": use lowercase letters, digits, "." and "-", starting and ending with a letter or digit`,
    );
  }
  if (/\.\.|\.-|-\./.test(bucket)) throw invalidArgument(`bucket "${bucket}": no "..", ".-" or "-."`);
  // Anchored nowhere on purpose: the minio client refuses a dotted quad anywhere in the name.
  if (/\d+\.\d+\.\d+\.\d+/.test(bucket)) throw invalidArgument(`bucket "${bucket}": looks like an IP address`);
  const full = `${orgToken(org)}-${bucket}`;
  if (full.length > 63) {
    throw invalidArgument(`bucket "${bucket}": with the organization prefix the name exceeds 63 characters`);
  }
  if (S3_RESERVED_SUFFIX.test(full)) throw invalidArgument(`bucket "${bucket}": ends with a suffix S3 reserves`);
  if (S3_RESERVED_PREFIX.test(full)) {
    throw invalidArgument(`bucket "${bucket}": this organization's prefix is reserved by S3`);
  }
  return full;
}

export function s3BucketPrefix(org: string): string {
  return `${orgToken(org)}-`;
}

export function stripS3Bucket(org: string, backendBucket: string): string | undefined {
  const prefix = s3BucketPrefix(org);
  return backendBucket.startsWith(prefix) ? backendBucket.slice(prefix.length) : undefined;
}

// --- PostgreSQL: one login role and schema namespace per org ----------------------------------

const PG_LOGICAL_SCHEMA = /^[a-z][a-z0-9_]*$/;
const PG_MAX_IDENTIFIER = 63;

/** The org's own login role; its SQL runs logged in as this role. */
export function pgRole(org: string): string {
  const role = `isa_${orgToken(org)}`;
  if (role.length > PG_MAX_IDENTIFIER) throw invalidArgument("organization id is too long for a PostgreSQL role");
  return role;
}

/**
 * The logical name of the org's default schema: "" or "public". The isA SDK sends "public" unless
 * told otherwise and means the org's own tables, never PostgreSQL's shared `public`.
 */
export const isPgDefaultSchema = (logical: string) => logical === "" || logical === "public";

/** Physical schema for a logical schema name; "" and "public" mean the org's default schema. */
export function pgSchema(org: string, logical: string): string {
  if (logical !== "" && !PG_LOGICAL_SCHEMA.test(logical)) {
    throw invalidArgument(`schema "${logical}": use lowercase letters, digits and "_", starting with a letter`);
  }
  const base = `o_${orgToken(org)}`;
  // Never `o_<org>_public`: that schema has no logical name, so the mapping stays injective.
  const full = isPgDefaultSchema(logical) ? base : `${base}_${logical}`;
  if (full.length > PG_MAX_IDENTIFIER) throw invalidArgument(`schema "${logical}" is too long for this organization`);
  return full;
}

/** The logical name of a physical schema of this org ("" for the default), or undefined when it is not the org's. */
export function stripPgSchema(org: string, physical: string): string | undefined {
  const base = `o_${orgToken(org)}`;
  if (physical === base) return "";
  return physical.startsWith(`${base}_`) ? physical.slice(base.length + 1) : undefined;
}
