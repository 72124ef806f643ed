/**
 * `--redis-cluster` against a cluster whose nodes ask for a password (requirepass, masterauth):
 * the password from ISA_CLOUD_REDIS_PASSWORD (the injector's way, from a Secret) lets every call
 * through; a wrong one in the seed URLs, or none, gets UNAVAILABLE and is never printed.
 */
import { randomUUID } from "node:crypto";
import { securedClusterSuite, seedUrls, WRONG_PASSWORD } from "../helpers/redis-cluster-auth-suite";

const PASSWORD = `cluster-pw-${randomUUID()}`;

securedClusterSuite({
  cluster: { password: PASSWORD },
  accepted: (cluster) => ({ redisCluster: cluster.seeds, env: { ISA_CLOUD_REDIS_PASSWORD: PASSWORD } }),
  refused: {
    "a wrong password in the seed URLs": (cluster) => ({
      redisCluster: seedUrls(cluster, "redis", WRONG_PASSWORD),
      cause: /WRONGPASS/,
    }),
    "no password": (cluster) => ({ redisCluster: cluster.seeds, cause: /NOAUTH/ }),
  },
});
