/**
 * `--redis-cluster` against a TLS-only cluster (clients, cluster bus and replication) with a
 * password, its certificates from a private CA: `rediss://:password@host:port` seeds with the CA
 * given to Node (NODE_EXTRA_CA_CERTS) let every call through; without the CA, or with a wrong
 * password, calls get UNAVAILABLE and no password is printed.
 */
import { randomUUID } from "node:crypto";
import { securedClusterSuite, seedUrls, WRONG_PASSWORD } from "../helpers/redis-cluster-auth-suite";

const PASSWORD = `cluster-pw-${randomUUID()}`;

securedClusterSuite({
  cluster: { password: PASSWORD, tls: true },
  accepted: (cluster) => ({
    redisCluster: seedUrls(cluster, "rediss", PASSWORD),
    env: { NODE_EXTRA_CA_CERTS: cluster.caFile! },
  }),
  refused: {
    "the cluster's CA not trusted": (cluster) => ({
      redisCluster: seedUrls(cluster, "rediss", PASSWORD),
      cause: /Connection is closed/,
    }),
    "a wrong password": (cluster) => ({
      redisCluster: seedUrls(cluster, "rediss", WRONG_PASSWORD),
      env: { NODE_EXTRA_CA_CERTS: cluster.caFile! },
      cause: /WRONGPASS/,
    }),
  },
});
