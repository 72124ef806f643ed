/**
 * The wrapper's own encoding of messages. A gRPC server decodes a request before the handler runs and
 * encodes the answer after the handler returned, and when either fails it answers INTERNAL by
 * itself: the audit and the metrics never hear of it (a response too deep to encode was recorded
 * OK while the caller saw INTERNAL). Served through `wireDefinition`, a service's requests that do
 * not decode reach the wrapper as an `Undecodable` marker, and its responses are encoded by the
 * wrapper, so the answer recorded is always the answer sent.
 */

import { invalidArgument, SidecarError } from "./errors";
import type { MethodDefinition, ServiceDefinition } from "./transport/server";

const UNDECODABLE = Symbol("undecodable");

interface Undecodable {
  readonly [UNDECODABLE]: Error;
}

/** The error for a request message that did not decode, or undefined for a real message. */
export function decodeError(message: unknown): SidecarError | undefined {
  if (typeof message !== "object" || message === null || !(UNDECODABLE in message)) return undefined;
  return invalidArgument(`the request message does not decode: ${(message as Undecodable)[UNDECODABLE].message}`);
}

export type Encoder = (response: unknown) => Buffer;

/** Encodes with the method's serializer; a failure is the sidecar's (INTERNAL), with the reason. */
function encoderOf(method: MethodDefinition): Encoder {
  return (response) => {
    try {
      return method.responseSerialize(response);
    } catch (err) {
      throw new SidecarError("internal", `the answer cannot be encoded: ${(err as Error).message}`);
    }
  };
}

const passEncoded = (encoded: Buffer) => encoded;

/** The definition to serve `definition` with, and each method's response encoder for the wrapper. */
export function wireDefinition(definition: ServiceDefinition): {
  served: ServiceDefinition;
  encoders: Record<string, Encoder>;
} {
  const served: Record<string, MethodDefinition> = {};
  const encoders: Record<string, Encoder> = {};
  for (const [name, method] of Object.entries(definition)) {
    encoders[name] = encoderOf(method);
    served[name] = {
      ...method,
      requestDeserialize: (bytes: Buffer) => {
        try {
          return method.requestDeserialize(bytes);
        } catch (err) {
          return { [UNDECODABLE]: err as Error } satisfies Undecodable;
        }
      },
      responseSerialize: passEncoded as (value: unknown) => Buffer,
    };
  }
  return { served: served as ServiceDefinition, encoders };
}
