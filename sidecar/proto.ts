/** Loads the API's .proto files once; the options match scripts/gen-types.js, so the generated types hold. */
import { join } from "node:path";
import { loadSync, type Options, type PackageDefinition } from "@grpc/proto-loader";

export const PROTO_DIR = join(__dirname, "..", "..", "proto");

export const LOADER_OPTIONS: Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

/** Every API proto the sidecar knows (tools and benchmarks load them all; the sidecar loads what it serves). */
export const API_PROTOS = [
  "isa/common.proto",
  "isa/redis.proto",
  "isa/postgres.proto",
  "isa/nats.proto",
  "isa/minio.proto",
];
export const HEALTH_PROTO = "grpc/health/v1/health.proto";

/** Loads the given service protos (their imports follow) and grpc.health.v1. */
export function loadApi(serviceProtos: string[] = API_PROTOS): PackageDefinition {
  return loadSync([...new Set(serviceProtos), HEALTH_PROTO], LOADER_OPTIONS);
}
