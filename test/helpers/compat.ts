/**
 * Compatibility tests (test/compat/): the calls of the isA Python SDK (`isa_common`) made as it
 * makes them, to assert the answer fields it reads (shared contract, CLIENT-SEMANTICS.md). Like the
 * SDK, the client compresses every message with gzip and fills `user_id` (and `organization_id`,
 * where the request has one) from its constructor on every call.
 */
import { randomUUID } from "node:crypto";
import { connect, type Message, type TestClient } from "./client";
import type { SidecarProcess } from "./sidecar";

/** The identity fields the SDK adds to a request of `method`. */
export type IdentityFields = (method: string, ids: { user_id: string; organization_id: string }) => Message;

export interface SdkClient {
  readonly org: string;
  readonly user: string;
  readonly token: string;
  readonly raw: TestClient;
  call(method: string, request?: Message): Promise<Message>;
  stream(method: string, request?: Message): Message;
  close(): void;
}

/** A gzip client of `service` for a token of (org, user), adding the SDK's identity fields. */
export async function sdkClient(
  proc: SidecarProcess,
  service: string,
  fields: IdentityFields,
  org = `org-${randomUUID()}`,
  user = `user-${randomUUID()}`,
): Promise<SdkClient> {
  const token = await proc.token(org, user);
  const raw = connect(proc.address, service, token, { gzip: true });
  const ids = { user_id: user, organization_id: org };
  const full = (method: string, request: Message = {}) => ({ ...fields(method, ids), ...request });
  return {
    org,
    user,
    token,
    raw,
    call: (method, request) => raw.call(method, full(method, request)),
    stream: (method, request) => raw.stream(method, full(method, request)),
    close: () => raw.close(),
  };
}

/** Redis and NATS requests all carry both fields; health checks carry none. */
export const bothFields: IdentityFields = (method, ids) => (method === "HealthCheck" ? {} : ids);

/** The final status code of a server stream (0 when it ended OK), its messages collected as they come. */
export function collect(stream: Message): { stream: Message; messages: Message[]; ended: Promise<number> } {
  const messages: Message[] = [];
  stream.on("data", (m: Message) => messages.push(m));
  const ended = new Promise<number>((resolve) => {
    stream.on("error", (err: { code: number }) => resolve(err.code));
    stream.on("status", (s: { code: number }) => resolve(s.code));
  });
  return { stream, messages, ended };
}
