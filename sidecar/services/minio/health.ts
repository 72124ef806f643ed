/** HealthCheck: one real round trip to the object storage (the same probe that drives grpc.health). */
import type { MinIOServiceHandlers } from "../../generated/isa/minio/MinIOService";
import { type OperationsOf, unary } from "../../operation";
import { type MinioOps, timestamp } from "./context";
import { toStruct } from "./struct";

type Ops = OperationsOf<MinIOServiceHandlers>;

export function healthOperations(m: MinioOps) {
  const HealthCheck: Ops["HealthCheck"] = unary({
    run: async (req) => {
      const started = performance.now();
      const healthy = await m.backend.probe().then(
        () => true,
        () => false,
      );
      const latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
      return {
        success: true,
        healthy,
        // "running", as the old service said: the isA SDK compares the string.
        status: healthy ? "running" : "unreachable",
        timestamp: timestamp(new Date()),
        details: req.detailed
          ? toStruct({ endpoint: m.backend.endpoint, region: m.backend.region, latency_ms: latencyMs })
          : null,
        error: healthy ? "" : "object storage did not answer the probe",
      };
    },
  });
  return { HealthCheck };
}
