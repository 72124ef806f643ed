import { status } from "./transport/status";

/**
 * The one error taxonomy of the sidecar. Handlers and adapters throw `SidecarError`; only the
 * operation wrapper turns it into a gRPC status, through the single table below.
 */
export type ErrorKind =
  | "invalid_argument"
  | "unauthenticated"
  | "permission_denied"
  | "not_found"
  | "already_exists"
  | "failed_precondition"
  | "deadline_exceeded"
  | "unavailable"
  | "resource_exhausted"
  | "unimplemented"
  | "cancelled"
  | "internal";

const GRPC_STATUS: Record<ErrorKind, status> = {
  invalid_argument: status.INVALID_ARGUMENT,
  unauthenticated: status.UNAUTHENTICATED,
  permission_denied: status.PERMISSION_DENIED,
  not_found: status.NOT_FOUND,
  already_exists: status.ALREADY_EXISTS,
  failed_precondition: status.FAILED_PRECONDITION,
  deadline_exceeded: status.DEADLINE_EXCEEDED,
  unavailable: status.UNAVAILABLE,
  resource_exhausted: status.RESOURCE_EXHAUSTED,
  unimplemented: status.UNIMPLEMENTED,
  cancelled: status.CANCELLED,
  internal: status.INTERNAL,
};

export class SidecarError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "SidecarError";
  }

  get grpcCode(): status {
    return GRPC_STATUS[this.kind];
  }
}

export const invalidArgument = (message: string) => new SidecarError("invalid_argument", message);
export const unauthenticated = (message: string) => new SidecarError("unauthenticated", message);
export const permissionDenied = (message: string) => new SidecarError("permission_denied", message);
export const notFound = (message: string) => new SidecarError("not_found", message);
export const unavailable = (message: string) => new SidecarError("unavailable", message);
export const resourceExhausted = (message: string) => new SidecarError("resource_exhausted", message);

/** Name of a gRPC status code, as audit events and metrics label it (e.g. "NOT_FOUND"). */
export function statusName(code: status): string {
  return status[code] ?? String(code);
}

/**
 * Any thrown value as a SidecarError. Unknown errors become `internal` with a generic message:
 * their text may carry backend details (names, addresses) that must not reach a caller.
 */
export function toSidecarError(err: unknown, translate?: (err: unknown) => SidecarError | undefined): SidecarError {
  if (err instanceof SidecarError) return err;
  return translate?.(err) ?? new SidecarError("internal", "internal error");
}
