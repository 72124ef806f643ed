/**
 * gRPC status codes (the numbers every gRPC runtime uses), and the sidecar's own statuses of the
 * transport. An enum, as grpc-js's: `status.NOT_FOUND` is 5 and `status[5]` is "NOT_FOUND".
 */
export enum status {
  OK = 0,
  CANCELLED = 1,
  UNKNOWN = 2,
  INVALID_ARGUMENT = 3,
  DEADLINE_EXCEEDED = 4,
  NOT_FOUND = 5,
  ALREADY_EXISTS = 6,
  PERMISSION_DENIED = 7,
  RESOURCE_EXHAUSTED = 8,
  FAILED_PRECONDITION = 9,
  ABORTED = 10,
  OUT_OF_RANGE = 11,
  UNIMPLEMENTED = 12,
  INTERNAL = 13,
  UNAVAILABLE = 14,
  DATA_LOSS = 15,
  UNAUTHENTICATED = 16,
}

/** A status a handler answers with, as grpc-js handlers give it to their callback. */
export interface StatusObject {
  code?: number;
  details?: string;
  message?: string;
}

/** `grpc-message` is percent-encoded: anything outside printable ASCII, and `%` itself. */
export function encodeGrpcMessage(details: string): string {
  return /[^\x20-\x24\x26-\x7e]/.test(details) ? encodeURIComponent(details) : details;
}
