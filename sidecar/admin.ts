/**
 * The admin HTTP port: /healthz (the process is alive), /readyz (listeners bound and not
 * draining; the body lists each backend's state), /metrics (Prometheus text).
 */
import { createServer, type Server } from "node:http";
import type { HealthState } from "./health";
import type { Metrics } from "./metrics";

export function createAdminServer(health: HealthState, metrics: Metrics): Server {
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok\n");
    } else if (path === "/readyz") {
      const ready = health.get("") === "SERVING";
      res
        .writeHead(ready ? 200 : 503, { "content-type": "application/json" })
        .end(`${JSON.stringify({ ready, services: health.snapshot() })}\n`);
    } else if (path === "/metrics") {
      res.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(metrics.render());
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found: try /healthz, /readyz or /metrics\n");
    }
  });
}
