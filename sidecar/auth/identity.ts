/**
 * Who is calling. The only reader of the `authorization` metadata: handlers receive an Identity,
 * never a token. In jwt mode a verified token is required; in local mode (loopback only) a token
 * if sent, else the request's own `user_id`/`organization_id`, else the pod's default identity.
 * Ids the request carries must agree with the token, or the call is PERMISSION_DENIED.
 */
import type { Metadata } from "@grpc/grpc-js";
import type { AuthConfig } from "../config";
import { permissionDenied, unauthenticated } from "../errors";
import { checkId } from "../tenancy";
import type { Identity, TokenVerifier } from "./verifier";

/** The identity fields a request may carry, at its top level or in `metadata` (isa.common.RequestMetadata). */
interface RequestIds {
  user_id?: unknown;
  organization_id?: unknown;
  metadata?: { user_id?: unknown; organization_id?: unknown; access_token?: unknown } | null;
}

const text = (v: unknown): string => (typeof v === "string" ? v : "");

function bearerToken(metadata: Metadata, request: RequestIds): string | undefined {
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

/** Sync when the token was verified before (the common case, once per call), else a promise. */
export type IdentityResolver = (metadata: Metadata, request: unknown) => Identity | Promise<Identity>;

export function createIdentityResolver(auth: AuthConfig, verifier: TokenVerifier): IdentityResolver {
  /** The caller: the verified token's identity (ids the request claims must agree), else the request's or the pod's. */
  function judge(verified: Identity | undefined, request: RequestIds): Identity {
    const claimedUser = claimedId(request, "user_id");
    const claimedOrg = claimedId(request, "organization_id");

    if (verified !== undefined) {
      if (claimedUser !== "" && claimedUser !== verified.user) {
        throw permissionDenied("user_id does not match the token");
      }
      if (claimedOrg !== "" && claimedOrg !== verified.org) {
        throw permissionDenied("organization_id does not match the token");
      }
      return verified;
    }

    const org = claimedOrg || auth.defaultOrg || "";
    const user = claimedUser || auth.defaultUser || "";
    if (org === "" || user === "") {
      throw unauthenticated("no identity: send a token, or user_id and organization_id, or start with --default-*");
    }
    const source = claimedOrg !== "" || claimedUser !== "" ? "request" : "default";
    return { org: checkId("organization", org), user: checkId("user", user), source };
  }

  return (metadata, rawRequest) => {
    try {
      const request = (rawRequest ?? {}) as RequestIds;
      const token = bearerToken(metadata, request);
      if (token === undefined && auth.mode === "jwt")
        throw unauthenticated("no token: send authorization: Bearer <JWT>");
      if (token === undefined) return judge(undefined, request);
      // Verified first, so an unauthenticated caller learns nothing from how its ids are judged.
      const known = verifier.cached(token);
      if (known) return judge(known, request);
      return verifier.verify(token).then((verified) => judge(verified, request));
    } catch (err) {
      return Promise.reject(err);
    }
  };
}
