/**
 * PostgreSQL errors → the sidecar's error kinds, by SQLSTATE, with messages that keep
 * PostgreSQL's text but never name another org's objects or the physical schema prefix.
 */
import { type ErrorKind, SidecarError } from "../../errors";
import { orgToken, stripPgSchema } from "../../tenancy";

/** The fields of pg's DatabaseError that matter here. */
interface DatabaseErrorLike {
  code: string;
  message: string;
  detail?: string;
}

export function isDatabaseError(err: unknown): err is DatabaseErrorLike & Error {
  return (
    err instanceof Error &&
    typeof (err as { code?: unknown }).code === "string" &&
    /^[0-9A-Z]{5}$/.test((err as unknown as { code: string }).code)
  );
}

const BY_CODE: Record<string, ErrorKind> = {
  "23505": "already_exists", // unique_violation
  "42501": "permission_denied", // insufficient_privilege
  "42P04": "already_exists", // duplicate_database
  "42P06": "already_exists", // duplicate_schema
  "42P07": "already_exists", // duplicate_table
  "42710": "already_exists", // duplicate_object
  "42701": "already_exists", // duplicate_column
  "42723": "already_exists", // duplicate_function
  "42712": "already_exists", // duplicate_alias
  "08P01": "invalid_argument", // protocol_violation: e.g. wrong number of parameters
  "57014": "cancelled", // query_canceled (deadline handled by the caller of toPgError)
  "53300": "unavailable", // too_many_connections
  "3D000": "unavailable", // invalid_catalog_name: the configured database is gone
};

/** By the SQLSTATE class (first two characters) when the code has no entry of its own. */
const BY_CLASS: Record<string, ErrorKind> = {
  "08": "unavailable", // connection exception
  "57": "unavailable", // operator intervention: admin/crash shutdown, cannot connect now
  "28": "unavailable", // invalid authorization: the sidecar's tenant login failed
  "22": "invalid_argument", // data exception
  "42": "invalid_argument", // syntax error or access rule violation
  "0A": "invalid_argument", // feature not supported
  "3F": "invalid_argument", // invalid schema name
  "21": "invalid_argument", // cardinality violation
  "23": "failed_precondition", // integrity constraint violation (other than unique)
  "25": "failed_precondition", // invalid transaction state, e.g. a failed transaction
  "2B": "failed_precondition", // dependent objects still exist
  "40": "failed_precondition", // serialization failure, deadlock: retry the transaction
  "44": "failed_precondition", // WITH CHECK OPTION violation
  "55": "failed_precondition", // object not in prerequisite state, lock not available
  P0: "failed_precondition", // raised by a PL/pgSQL function
  "53": "resource_exhausted", // insufficient resources: disk full, out of memory
  "54": "resource_exhausted", // program limit exceeded
  "58": "internal", // system error
  XX: "internal", // internal error
  F0: "internal", // configuration file error
};

export function kindOf(code: string): ErrorKind {
  return BY_CODE[code] ?? BY_CLASS[code.slice(0, 2)] ?? "invalid_argument";
}

// Physical names: schemas `o_<token>[_<logical>]` and roles `isa_<token>`; a token is [a-z0-9]+.
const PHYSICAL_NAME = /\b(o|isa)_([a-z0-9]+)((?:_[a-z0-9_]*)?)\b/g;

/**
 * Rewrites physical names in a message: the caller's own schemas become their logical names
 * (the default schema "(default)"), its role "(organization role)", and any other org's schema
 * or role "(other organization)". The pattern is broad on purpose: an own identifier that merely
 * looks like `o_x`/`isa_x` may be masked too, which is the safe direction.
 */
export function sanitize(message: string, org: string): string {
  const own = orgToken(org);
  return message.replace(PHYSICAL_NAME, (whole, kind: string, token: string, rest: string) => {
    if (token !== own) return "(other organization)";
    if (kind === "isa") return rest === "" ? "(organization role)" : "(other organization)";
    const logical = stripPgSchema(org, whole);
    return logical === undefined ? "(other organization)" : logical === "" ? "(default)" : logical;
  });
}

const MULTIPLE_STATEMENTS = "cannot insert multiple commands into a prepared statement";

/** Messages people can act on where PostgreSQL's own words do not fit the sidecar's API. */
function reword(err: DatabaseErrorLike): string {
  if (err.message === MULTIPLE_STATEMENTS) return "sql must hold exactly one statement (found more than one)";
  if (err.code.startsWith("28")) return "cannot log in as the organization's database role";
  return err.message;
}

/** A PostgreSQL error as a SidecarError for `org`; undefined when `err` is not one. */
export function pgErrorFor(err: unknown, org: string, deadlinePassed: boolean): SidecarError | undefined {
  if (!isDatabaseError(err)) return undefined;
  let kind = kindOf(err.code);
  if (err.code === "57014" && deadlinePassed) kind = "deadline_exceeded";
  // The sidecar itself refuses COPY FROM STDIN (statement.ts); PostgreSQL reports it as a cancel.
  if (err.code === "57014" && err.message.startsWith("COPY from stdin failed")) kind = "invalid_argument";
  const detail = err.detail && kind !== "internal" ? ` (${err.detail})` : "";
  const text = kind === "internal" ? "PostgreSQL reported an internal error" : `${reword(err)}${detail}`;
  return new SidecarError(kind, `SQLSTATE ${err.code}: ${sanitize(text, org)}`);
}

const CONNECTION_LOST = [
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /Client was closed/i,
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN/,
  /timeout expired|Connection timeout/i,
  /server closed the connection|the database system is (starting up|shutting down)/i,
];

export function isConnectionError(err: unknown): boolean {
  if (isDatabaseError(err)) return /^(08|57P0)/.test(err.code);
  return err instanceof Error && CONNECTION_LOST.some((p) => p.test(err.message));
}

/** The service's translateError: errors without an org context (connection trouble). */
export function translatePgError(err: unknown): SidecarError | undefined {
  if (isConnectionError(err)) return new SidecarError("unavailable", "PostgreSQL is unavailable");
  return undefined;
}
