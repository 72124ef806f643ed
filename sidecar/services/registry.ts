/**
 * Every backend service the sidecar can serve. A new service adds its plugin here. Plugins carry
 * only their flags and config; each requires its client library in `create`, so a sidecar loads
 * only the backends it is configured for.
 */
import { minioPlugin } from "./minio/plugin";
import { natsPlugin } from "./nats/plugin";
import { postgresPlugin } from "./postgres/plugin";
import { redisPlugin } from "./redis/plugin";
import type { ServicePlugin } from "./service";

export const SERVICE_PLUGINS: ServicePlugin[] = [
  redisPlugin as ServicePlugin,
  postgresPlugin as ServicePlugin,
  natsPlugin as ServicePlugin,
  minioPlugin as ServicePlugin,
];
