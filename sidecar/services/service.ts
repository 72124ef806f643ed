/**
 * How a backend service plugs into the sidecar. Each service brings its own flags, its config
 * resolution and its construction, so adding a service is one new folder and one line in
 * `registry.ts`; the CLI, config and server code stay the same.
 */
import type { Option } from "commander";
import type { Logger } from "../../shared/logger";
import type { HealthState } from "../health";
import type { BindableService } from "../operation";

/** One backend service of the API as the server sees it: its operations and its own cleanup. */
export interface BackendService extends BindableService {
  /** Fully qualified gRPC service name, e.g. "isa.redis.RedisService". */
  readonly name: string;
  /** The service's operations (an `OperationsOf<...Handlers>`), bound by the operation wrapper. */
  readonly operations: object;
  /** Ends what the service holds open (subscriptions, connections). */
  close(): Promise<void>;
}

export interface ServiceRuntime {
  log: Logger;
  /** Report backend state here; it drives grpc.health.v1 and /readyz for `name`. */
  setServing(up: boolean): void;
  health: HealthState;
}

export interface ServicePlugin<C = unknown> {
  /** Fully qualified gRPC service name. */
  readonly name: string;
  /** The service's .proto file under proto/, e.g. "isa/redis.proto"; loaded only when configured. */
  readonly proto: string;
  /** Commander options of this service (use Option.env for env equivalents). */
  options(): Option[];
  /**
   * The service's config from parsed options and the environment, or undefined when the service
   * is not configured (it is then not served). Throws ConfigError for bad values.
   */
  resolve(options: Record<string, unknown>, env: NodeJS.ProcessEnv): C | undefined;
  /** Builds the backend client (connecting in the background) and the service. */
  create(config: C, runtime: ServiceRuntime): BackendService;
}

/** A plugin with its resolved config, ready to be created. */
export interface ConfiguredService {
  readonly plugin: ServicePlugin;
  readonly config: unknown;
}
