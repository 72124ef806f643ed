/**
 * isa.redis.RedisService: all 61 RPCs, each group of commands in its own file. The `satisfies`
 * below makes the compiler check that every RPC of the contract is implemented with its types.
 */
import type { Logger } from "../../../shared/logger";
import { type RedisBackend, translateRedisError } from "../../backends/redis";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import type { BackendService } from "../service";
import { batchOperations } from "./batch";
import { type RedisLimits, RedisOps } from "./context";
import { hashOperations } from "./hashes";
import { keyOperations } from "./keys";
import { listOperations } from "./lists";
import { lockOperations } from "./locks";
import { pubsubOperations } from "./pubsub";
import { sessionOperations } from "./sessions";
import { setOperations } from "./sets";
import { statsOperations, TenantCounters } from "./stats";
import { stringOperations } from "./strings";
import { SubscriptionHub } from "./subscriptions";
import { zsetOperations } from "./zsets";

export const REDIS_SERVICE = "isa.redis.RedisService";

export function createRedisService(backend: RedisBackend, limits: RedisLimits, _log: Logger): BackendService {
  const r = new RedisOps(backend, limits);
  const hub = new SubscriptionHub(backend);
  const counters = new TenantCounters();
  const operations = {
    ...stringOperations(r),
    ...keyOperations(r),
    ...hashOperations(r),
    ...listOperations(r),
    ...setOperations(r),
    ...zsetOperations(r),
    ...lockOperations(r),
    ...pubsubOperations(r, hub),
    ...batchOperations(r),
    ...sessionOperations(r),
    ...statsOperations(r, counters),
  } satisfies OperationsOf<RedisServiceHandlers>;
  return {
    name: REDIS_SERVICE,
    // Counted per caller for GetStatistics; the checks above still see the unwrapped operations.
    operations: counters.instrument(operations),
    translateError: translateRedisError,
    close: () => {
      hub.close();
      return backend.close();
    },
  };
}
