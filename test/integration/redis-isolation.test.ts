/** The Redis isolation suite (test/helpers/redis-isolation-suite.ts) against one Redis server. */
import Redis from "ioredis";
import { redisIsolationSuite } from "../helpers/redis-isolation-suite";
import { startSidecar, waitServing } from "../helpers/sidecar";

redisIsolationSuite({
  async start() {
    const proc = await startSidecar();
    await waitServing(proc, "isa.redis.RedisService");
    return { proc, redis: new Redis("redis://127.0.0.1:6379"), layout: "single" };
  },
  stop: async () => {},
});
