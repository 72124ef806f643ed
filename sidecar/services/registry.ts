/** Every backend service the sidecar can serve. A new service adds its plugin here. */
import { redisPlugin } from "./redis/plugin";
import type { ServicePlugin } from "./service";

export const SERVICE_PLUGINS: ServicePlugin[] = [redisPlugin as ServicePlugin];
