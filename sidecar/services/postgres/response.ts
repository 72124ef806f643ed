/**
 * `isa.common.ResponseMetadata` on every PostgreSQL answer, added once here for all operations.
 * The isA SDK reads `metadata.success` before any other field and treats a call as failed unless
 * it is true, as the service it was written against set it on every answer. Errors stay gRPC
 * statuses (the wrapper maps them); an operation that answers a handled failure (HealthCheck with
 * the database down) returns its own `metadata` with `success: false`, and only the timestamp
 * and request id are added to it.
 */

import type { Timestamp } from "../../generated/google/protobuf/Timestamp";
import type { ResponseMetadata } from "../../generated/isa/common/ResponseMetadata";
import type { CallContext, UnaryOperation } from "../../operation";

interface Answer {
  metadata?: ResponseMetadata | null;
}

// biome-ignore lint/suspicious/noExplicitAny: any request type; every response has `metadata = 1`
type AnswerOperation = UnaryOperation<any, object>;

export function timestampNow(): Timestamp {
  const ms = Date.now();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}

/** The answer with its metadata: `success: true` and `message` unless the operation set its own. */
export function stamp<A extends Answer>(answer: A, message: string, ctx: CallContext): A {
  const own = answer.metadata ?? {};
  answer.metadata = {
    success: true,
    message,
    ...own,
    timestamp: timestampNow(),
    request_id: ctx.requestId,
  };
  return answer;
}

/** `operations` with every answer stamped; the message names the RPC ("Query succeeded"). */
export function withResponseMetadata<T extends Record<string, AnswerOperation>>(operations: T): T {
  const stamped: Record<string, AnswerOperation> = {};
  for (const [name, op] of Object.entries(operations)) {
    const message = `${name} succeeded`;
    stamped[name] = {
      ...op,
      run: (request, ctx) => op.run(request, ctx).then((answer) => stamp(answer as Answer, message, ctx)),
    };
  }
  return stamped as T;
}
