import type { ErrorTranslator } from "../operation";

/** One backend service of the API as the server sees it: its operations and its own cleanup. */
export interface BackendService {
  /** Fully qualified gRPC service name, e.g. "isa.redis.RedisService". */
  readonly name: string;
  /** The service's operations (an `OperationsOf<...Handlers>`), bound by the operation wrapper. */
  readonly operations: object;
  readonly translateError?: ErrorTranslator;
  /** Ends what the service holds open (subscriptions, connections). */
  close(): Promise<void>;
}
