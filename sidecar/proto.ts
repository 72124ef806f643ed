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

export const API_PROTOS = [
  "isa/common.proto",
  "isa/redis.proto",
  "isa/postgres.proto",
  "isa/nats.proto",
  "isa/minio.proto",
];
export const HEALTH_PROTO = "grpc/health/v1/health.proto";

export function loadApi(): PackageDefinition {
  return loadSync([...API_PROTOS, HEALTH_PROTO], LOADER_OPTIONS);
}
