/**
 * isa.nats.NATSService: all RPCs of the contract (and the KVWatch extension), each group in its own
 * file. The `satisfies` below makes the compiler check that every RPC is implemented with its types.
 */
import { type NatsBackend, translateNatsError } from "../../backends/nats";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import type { CallContext, OperationsOf, UnaryOperation } from "../../operation";
import type { BackendService } from "../service";
import { consumerOperations } from "./consumers";
import { type NatsLimits, NatsOps } from "./context";
import { kvOperations } from "./kv";
import { messagingOperations } from "./messaging";
import { objectOperations } from "./objects";
import { pullOperations } from "./pull";
import { statsOperations } from "./stats";
import { streamOperations } from "./streams";
import { subscriptionOperations } from "./subscriptions";

export const NATS_SERVICE = "isa.nats.NATSService";

/**
 * Every unary call fails UNAVAILABLE at once when the NATS connection drops while it waits (the
 * issue's "PublishToStream waits 5 s"), instead of waiting out nats.js's request timeout. Streams
 * already end on their own when their subscription closes.
 */
function failWhenDown<O extends object>(operations: O, backend: NatsBackend): O {
  const wrapped: Record<string, unknown> = {};
  for (const [name, op] of Object.entries(operations)) {
    const u = op as UnaryOperation<unknown, unknown>;
    wrapped[name] =
      u.kind === "unary" ? { ...u, run: (req: unknown, ctx: CallContext) => backend.untilDown(u.run(req, ctx)) } : op;
  }
  return wrapped as O;
}

export function createNatsService(backend: NatsBackend, limits: NatsLimits): BackendService {
  const n = new NatsOps(backend, limits);
  const operations = {
    ...messagingOperations(n),
    ...subscriptionOperations(n),
    ...streamOperations(n),
    ...consumerOperations(n),
    ...pullOperations(n),
    ...kvOperations(n),
    ...objectOperations(n),
    ...statsOperations(n),
  } satisfies OperationsOf<NATSServiceHandlers>;
  return {
    name: NATS_SERVICE,
    operations: failWhenDown(operations, backend),
    translateError: translateNatsError,
    close: async () => {
      n.delivered.close();
      await backend.close();
    },
  };
}
