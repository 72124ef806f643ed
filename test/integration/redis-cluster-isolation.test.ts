/**
 * The Redis isolation suite (test/helpers/redis-isolation-suite.ts), unchanged, against a Redis
 * Cluster of 3 masters with a replica each: the same attacks, with keys hash-tagged per tenant.
 */
import { Cluster } from "ioredis";
import { type PrivateRedisCluster, startRedisCluster } from "../helpers/redis-cluster";
import { redisIsolationSuite } from "../helpers/redis-isolation-suite";
import { startSidecar, waitServing } from "../helpers/sidecar";

let cluster: PrivateRedisCluster | undefined;

redisIsolationSuite({
  async start() {
    cluster = await startRedisCluster();
    const proc = await startSidecar({ redisCluster: cluster.seeds });
    await waitServing(proc, "isa.redis.RedisService");
    const redis = new Cluster([{ host: "127.0.0.1", port: cluster.nodes[0].port }]);
    return { proc, redis, layout: "cluster" };
  },
  stop: async () => {
    await cluster?.dispose();
  },
});
