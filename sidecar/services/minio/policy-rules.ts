/**
 * What a bucket policy may grant, as pure functions (no I/O), checked before anything is sent.
 *
 * The rule: every bucket of the backend is reached by the sidecar with one set of credentials, so
 * the backend's principals are not identities of any organisation. A policy therefore may:
 * - name resources only in the bucket it is set on, by the caller's bucket name (`arn:aws:s3:::photos`,
 *   `arn:aws:s3:::photos/*`); the sidecar rewrites them to the backend bucket. Wildcards in the
 *   bucket part, other ARNs and `NotResource` could reach other organisations: PERMISSION_DENIED.
 * - Allow only anonymous access (Principal `*`), i.e. make data public, and only when the operator
 *   started the sidecar with --minio-allow-public-policies; named principals and `NotPrincipal`:
 *   PERMISSION_DENIED.
 * - Allow only data actions (read, write, list objects, multipart housekeeping); management actions
 *   (`s3:*`, policy, tags, lifecycle, deleting the bucket) and `NotAction`: PERMISSION_DENIED.
 * - Deny anything on its own bucket, to anyone (a Deny grants nothing).
 * A malformed document (not JSON, unknown fields, wrong types) is INVALID_ARGUMENT.
 */
import { invalidArgument, permissionDenied } from "../../errors";
import { s3Bucket, stripS3Bucket } from "../../tenancy";

export type PolicyType =
  | "BUCKET_POLICY_PRIVATE"
  | "BUCKET_POLICY_PUBLIC_READ"
  | "BUCKET_POLICY_PUBLIC_WRITE"
  | "BUCKET_POLICY_PUBLIC_RW"
  | "BUCKET_POLICY_CUSTOM";

export interface PolicyScope {
  org: string;
  /** The caller's name of the bucket the policy is set on. */
  bucket: string;
  allowPublic: boolean;
}

interface Statement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Principal: unknown;
  Action: string[];
  Resource: string[];
  Condition?: Record<string, unknown>;
}

export interface PolicyDocument {
  Version: string;
  Id?: string;
  Statement: Statement[];
}

const ARN = "arn:aws:s3:::";
const MAX_POLICY_BYTES = 20 * 1024;
const PUBLIC_DATA_ACTIONS = new Set([
  "s3:GetObject",
  "s3:GetObjectVersion",
  "s3:PutObject",
  "s3:DeleteObject",
  "s3:ListBucket",
  "s3:GetBucketLocation",
  "s3:ListBucketMultipartUploads",
  "s3:ListMultipartUploadParts",
  "s3:AbortMultipartUpload",
]);
const READ = { bucket: ["s3:GetBucketLocation", "s3:ListBucket"], objects: ["s3:GetObject"] };
const WRITE = {
  bucket: ["s3:GetBucketLocation", "s3:ListBucketMultipartUploads"],
  objects: ["s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function strings(value: unknown, what: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((v) => typeof v === "string" && v !== "")) {
    throw invalidArgument(`${what} must be a non-empty string or list of strings`);
  }
  return list as string[];
}

/** The canned policies in the caller's names; undefined for private (no policy at all). */
export function cannedPolicy(type: PolicyType, bucket: string): PolicyDocument | undefined {
  const grants =
    type === "BUCKET_POLICY_PUBLIC_READ"
      ? [READ]
      : type === "BUCKET_POLICY_PUBLIC_WRITE"
        ? [WRITE]
        : type === "BUCKET_POLICY_PUBLIC_RW"
          ? [READ, WRITE]
          : [];
  if (grants.length === 0) return undefined;
  const unique = (lists: string[][]) => [...new Set(lists.flat())].sort();
  const allow = (Action: string[], Resource: string): Statement => ({
    Effect: "Allow",
    Principal: { AWS: ["*"] },
    Action,
    Resource: [Resource],
  });
  return {
    Version: "2012-10-17",
    Statement: [
      allow(unique(grants.map((g) => g.bucket)), `${ARN}${bucket}`),
      allow(unique(grants.map((g) => g.objects)), `${ARN}${bucket}/*`),
    ],
  };
}

/** `"*"` or `{"AWS": "*"}` / `{"AWS": ["*"]}`: anyone, without credentials. */
function isPublicPrincipal(p: unknown): boolean {
  if (p === "*") return true;
  if (!isObject(p) || Object.keys(p).length !== 1 || p.AWS === undefined) return false;
  const aws = [p.AWS].flat();
  return aws.length > 0 && aws.every((a) => a === "*");
}

/** A caller's resource ARN as the backend's, if it is in the policy's own bucket. */
function confineResource(resource: string, scope: PolicyScope): string {
  if (!resource.startsWith(ARN)) throw permissionDenied(`resource "${resource}" is not an S3 ARN of this bucket`);
  const rest = resource.slice(ARN.length);
  const slash = rest.indexOf("/");
  const bucket = slash < 0 ? rest : rest.slice(0, slash);
  if (/[*?]/.test(bucket) || bucket === "") {
    throw permissionDenied(`resource "${resource}": a wildcard bucket could reach other organisations' buckets`);
  }
  if (bucket !== scope.bucket) {
    throw invalidArgument(`resource "${resource}": a bucket policy may only name its own bucket "${scope.bucket}"`);
  }
  return ARN + s3Bucket(scope.org, bucket) + (slash < 0 ? "" : rest.slice(slash));
}

const STATEMENT_FIELDS = new Set(["Sid", "Effect", "Principal", "Action", "Resource", "Condition"]);

function confineStatement(raw: unknown, i: number, scope: PolicyScope): Statement {
  const where = `Statement[${i}]`;
  if (!isObject(raw)) throw invalidArgument(`${where} must be an object`);
  for (const field of Object.keys(raw)) {
    if (field.startsWith("Not")) {
      throw permissionDenied(`${where}.${field}: it reaches everything not listed, which cannot be confined`);
    }
    if (!STATEMENT_FIELDS.has(field)) throw invalidArgument(`${where}.${field} is not a policy statement field`);
  }
  if (raw.Effect !== "Allow" && raw.Effect !== "Deny") throw invalidArgument(`${where}.Effect must be Allow or Deny`);
  if (raw.Principal === undefined) throw invalidArgument(`${where}.Principal is missing`);
  if (raw.Condition !== undefined && !isObject(raw.Condition))
    throw invalidArgument(`${where}.Condition must be an object`);
  if (raw.Sid !== undefined && typeof raw.Sid !== "string") throw invalidArgument(`${where}.Sid must be a string`);
  const actions = strings(raw.Action, `${where}.Action`);
  const resources = strings(raw.Resource, `${where}.Resource`).map((r) => confineResource(r, scope));
  if (raw.Effect === "Allow") checkGrant(raw.Principal, actions, where, scope);
  else if (!actions.every((a) => a.startsWith("s3:"))) throw invalidArgument(`${where}.Action: only s3: actions`);
  return {
    ...(raw.Sid === undefined ? {} : { Sid: raw.Sid }),
    Effect: raw.Effect,
    Principal: raw.Principal,
    Action: actions,
    Resource: resources,
    ...(raw.Condition === undefined ? {} : { Condition: raw.Condition as Record<string, unknown> }),
  };
}

function checkGrant(principal: unknown, actions: string[], where: string, scope: PolicyScope): void {
  if (!isPublicPrincipal(principal)) {
    throw permissionDenied(
      `${where}.Principal: the backend's principals are not identities of this organisation; only anonymous ("*") access can be granted`,
    );
  }
  if (!scope.allowPublic) {
    throw permissionDenied("public (anonymous) access is disabled by the operator (--minio-allow-public-policies)");
  }
  for (const action of actions) {
    if (!PUBLIC_DATA_ACTIONS.has(action)) {
      throw permissionDenied(
        `${where}.Action "${action}": only data actions may be granted (${[...PUBLIC_DATA_ACTIONS].join(", ")})`,
      );
    }
  }
}

/** Checks a caller's policy against the rule above and rewrites it to backend names. */
export function confinePolicy(doc: unknown, scope: PolicyScope): PolicyDocument {
  if (!isObject(doc)) throw invalidArgument("the policy must be a JSON object");
  for (const field of Object.keys(doc)) {
    if (!["Version", "Id", "Statement"].includes(field)) throw invalidArgument(`policy field "${field}" is not known`);
  }
  const version = doc.Version ?? "2012-10-17";
  if (version !== "2012-10-17" && version !== "2008-10-17") throw invalidArgument("policy Version must be 2012-10-17");
  if (doc.Id !== undefined && typeof doc.Id !== "string") throw invalidArgument("policy Id must be a string");
  const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === undefined ? [] : [doc.Statement];
  if (statements.length === 0) throw invalidArgument("the policy has no Statement");
  return {
    Version: version,
    ...(doc.Id === undefined ? {} : { Id: doc.Id as string }),
    Statement: statements.map((s, i) => confineStatement(s, i, scope)),
  };
}

/** Parses a caller's custom policy text; too large or not JSON is INVALID_ARGUMENT. */
export function parsePolicy(text: string): unknown {
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
    throw invalidArgument(`the policy is larger than ${MAX_POLICY_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw invalidArgument("custom_policy is not valid JSON");
  }
}

/** The backend's policy as the caller sees it: resources by the caller's bucket names. */
function callerResource(resource: string, org: string): string {
  if (!resource.startsWith(ARN)) return resource;
  const rest = resource.slice(ARN.length);
  const slash = rest.indexOf("/");
  const bucket = stripS3Bucket(org, slash < 0 ? rest : rest.slice(0, slash));
  if (bucket === undefined) return `${ARN}(outside this organization)`;
  return ARN + bucket + (slash < 0 ? "" : rest.slice(slash));
}

/** A statement reduced to comparable grants, to recognise the canned policies whatever the layout. */
function grants(doc: unknown): string[] {
  if (!isObject(doc)) return [];
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return statements
    .flatMap((s) => {
      if (!isObject(s)) return ["?"];
      const who = isPublicPrincipal(s.Principal) ? "*" : JSON.stringify(s.Principal);
      const actions = [s.Action].flat();
      const resources = [s.Resource].flat();
      return actions.flatMap((a) =>
        resources.map((r) => `${s.Effect}|${who}|${a}|${r}|${JSON.stringify(s.Condition ?? {})}`),
      );
    })
    .sort();
}

const CANNED: PolicyType[] = ["BUCKET_POLICY_PUBLIC_READ", "BUCKET_POLICY_PUBLIC_WRITE", "BUCKET_POLICY_PUBLIC_RW"];

export function callerPolicy(backendJson: string, org: string, bucket: string): { type: PolicyType; json: string } {
  if (backendJson.trim() === "") return { type: "BUCKET_POLICY_PRIVATE", json: "" };
  const doc = JSON.parse(backendJson) as Record<string, unknown>;
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  for (const s of statements) {
    if (isObject(s) && s.Resource !== undefined) {
      s.Resource = [s.Resource].flat().map((r) => (typeof r === "string" ? callerResource(r, org) : r));
    }
  }
  const mine = grants(doc).join("\n");
  const type = CANNED.find((t) => grants(cannedPolicy(t, bucket)).join("\n") === mine) ?? "BUCKET_POLICY_CUSTOM";
  return { type, json: JSON.stringify(doc) };
}
