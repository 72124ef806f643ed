/**
 * Who is calling. The only reader of the `authorization` metadata: handlers receive an Identity,
 * never a token. In jwt mode a verified token is required; in local mode (loopback only) a token
 * if sent, else the request's own `user_id`/`organization_id`, else the pod's identity.
 * Ids the request carries must agree with the token, or the call is PERMISSION_DENIED.
 *
 * The organisation a request names is its `organization_id`, or what its resource carries (a
 * session id names the organisation that created it), and never the isA SDK's placeholder
 * `default-org`, which means "whoever I am". One caller so lands in one tenant across a whole flow,
 * whichever of its requests carry an organisation.
 */

import type { AuthConfig } from "../config";
import { permissionDenied, unauthenticated } from "../errors";
import { checkId } from "../tenancy";
import type { RequestMetadata } from "../transport/metadata";
import type { Identity, TokenVerifier } from "./verifier";

/** The identity fields a request may carry, at its top level or in `metadata` (isa.common.RequestMetadata). */
interface RequestIds {
  user_id?: unknown;
  organization_id?: unknown;
  metadata?: { user_id?: unknown; organization_id?: unknown; access_token?: unknown } | null;
}

const text = (v: unknown): string => (typeof v === "string" ? v : "");

function bearerToken(metadata: RequestMetadata, request: RequestIds): string | undefined {
  const header = metadata.get("authorization")[0];
  if (typeof header === "string" && header !== "") {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthenticated("authorization metadata is not a Bearer token");
    return match[1];
  }
  const fromMessage = text(request.metadata?.access_token);
  return fromMessage === "" ? undefined : fromMessage;
}

/**
 * The id a request claims for `field`, at its top level or in `metadata`. Both places are checked:
 * a request must not name one identity where the sidecar looks and another where a handler might.
 */
function claimedId(request: RequestIds, field: "user_id" | "organization_id"): string {
  const top = text(request[field]);
  const nested = text(request.metadata?.[field]);
  if (top !== "" && nested !== "" && top !== nested) throw permissionDenied(`${field} and metadata.${field} differ`);
  return top || nested;
}

/**
 * What the isA SDK sends as `organization_id` when the app names none (MinIO `create_bucket`,
 * `list_buckets`): it names no organisation, so it means the caller's own.
 */
export const PLACEHOLDER_ORG = "default-org";
/** The pod's identity in local mode when `--default-org` / `--default-user` are not set. */
export const POD_DEFAULTS = { org: PLACEHOLDER_ORG, user: "default-user" } as const;

/** How an operation's requests name an organisation, beyond `organization_id`. */
export interface OrgScope {
  /** The organisation the request's resource belongs to (e.g. the one a session id carries). */
  namedOrg?(request: unknown): string | undefined;
  /**
   * Local mode: serve only the pod's organisation. For services whose requests mostly carry no
   * organisation (MinIO: only CreateBucket and ListBuckets do), so that naming another one on those
   * two would split one flow across two tenants.
   */
  podOrgOnly?: boolean;
}

/** Sync when the token was verified before (the common case, once per call), else a promise. */
export type IdentityResolver = (
  metadata: RequestMetadata,
  request: unknown,
  scope?: OrgScope,
) => Identity | Promise<Identity>;

/** The organisation the request names ("" for none): its `organization_id`, or its resource's. */
function namedOrg(request: RequestIds, scope: OrgScope | undefined): string {
  const claimed = claimedId(request, "organization_id");
  const fromField = claimed === PLACEHOLDER_ORG ? "" : claimed;
  const fromResource = scope?.namedOrg?.(request) ?? "";
  if (fromField !== "" && fromResource !== "" && fromField !== fromResource) {
    throw permissionDenied("organization_id and the organisation the resource belongs to differ");
  }
  return fromField || fromResource;
}

export function createIdentityResolver(auth: AuthConfig, verifier: TokenVerifier): IdentityResolver {
  const podOrg = auth.defaultOrg || POD_DEFAULTS.org;
  const podUser = auth.defaultUser || POD_DEFAULTS.user;

  /** The caller: the verified token's identity (ids the request claims must agree), else the request's or the pod's. */
  function judge(verified: Identity | undefined, request: RequestIds, scope: OrgScope | undefined): Identity {
    const claimedUser = claimedId(request, "user_id");
    const claimedOrg = namedOrg(request, scope);

    if (verified !== undefined) {
      if (claimedUser !== "" && claimedUser !== verified.user) {
        throw permissionDenied("user_id does not match the token");
      }
      if (claimedOrg !== "" && claimedOrg !== verified.org) {
        throw permissionDenied("the request names another organisation than the token's");
      }
      return verified;
    }

    if (scope?.podOrgOnly && claimedOrg !== "" && claimedOrg !== podOrg) {
      throw permissionDenied(
        `this service serves the pod's organisation "${podOrg}" only (most of its requests carry none); ` +
          `start the sidecar with --default-org ${JSON.stringify(claimedOrg)} to serve that one`,
      );
    }
    const source = claimedOrg !== "" || claimedUser !== "" ? "request" : "default";
    return {
      org: checkId("organization", claimedOrg || podOrg),
      user: checkId("user", claimedUser || podUser),
      source,
    };
  }

  return (metadata, rawRequest, scope) => {
    try {
      const request = (rawRequest ?? {}) as RequestIds;
      const token = bearerToken(metadata, request);
      if (token === undefined && auth.mode === "jwt")
        throw unauthenticated("no token: send authorization: Bearer <JWT>");
      if (token === undefined) return judge(undefined, request, scope);
      // Verified first, so an unauthenticated caller learns nothing from how its ids are judged.
      const known = verifier.cached(token);
      if (known) return judge(known, request, scope);
      return verifier.verify(token).then((verified) => judge(verified, request, scope));
    } catch (err) {
      return Promise.reject(err);
    }
  };
}
