/**
 * isa.redis.RedisService: all 61 RPCs, each group of commands in its own file. The `satisfies`
 * below makes the compiler check that every RPC of the contract is implemented with its types.
 */
import type { Logger } from "../../../shared/logger";
import { type RedisBackend, translateRedisError } from "../../backends/redis";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import type { BackendService } from "../service";
import { type RedisLimits, RedisOps } from "./context";
import { stringOperations } from "./strings";

export const REDIS_SERVICE = "isa.redis.RedisService";

export function createRedisService(backend: RedisBackend, limits: RedisLimits, _log: Logger): BackendService {
  const r = new RedisOps(backend, limits);
  const operations = {
    ...stringOperations(r),
  } satisfies Partial<OperationsOf<RedisServiceHandlers>>;
  return {
    name: REDIS_SERVICE,
    operations,
    translateError: translateRedisError,
    close: () => backend.close(),
  };
}
