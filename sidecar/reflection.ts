/**
 * gRPC server reflection, so generic clients (grpcurl, Postman) can list and call services.
 * `@grpc/reflection` builds file descriptors for the whole API when constructed: hundreds of
 * milliseconds and several MiB that most sidecars never use. So the service is registered with
 * thin handlers, and the real implementation is built on the first reflection call.
 */
import { dirname, join } from "node:path";
import type { PackageDefinition } from "@grpc/proto-loader";
import { loadSync } from "@grpc/proto-loader";
import type { Handler } from "./transport/calls";
import type { GrpcServer, ServiceDefinition } from "./transport/server";

const VERSIONS = ["v1", "v1alpha"] as const;

export function addLazyReflection(server: GrpcServer, api: PackageDefinition): void {
  let handlers: Map<string, Handler> | undefined;
  const build = () => {
    if (!handlers) {
      const { ReflectionService } = require("@grpc/reflection") as typeof import("@grpc/reflection");
      const built = new Map<string, Handler>();
      // addToServer only calls server.addService(definition, implementation): capture those.
      const capture = {
        addService: (definition: ServiceDefinition, implementation: { ServerReflectionInfo: Handler }) => {
          built.set(Object.values(definition)[0]!.path, implementation.ServerReflectionInfo);
        },
      };
      new ReflectionService(api).addToServer(capture as never);
      handlers = built;
    }
    return handlers;
  };

  const protoRoot = join(dirname(require.resolve("@grpc/reflection/package.json")), "build", "proto");
  for (const version of VERSIONS) {
    // The reflection implementation expects its own loader options (camelCase fields).
    const definition = loadSync(join(protoRoot, "grpc", "reflection", version, "reflection.proto"), {
      longs: String,
      enums: String,
      bytes: Array,
      defaults: true,
      oneofs: true,
    });
    const service = definition[`grpc.reflection.${version}.ServerReflection`] as unknown as ServiceDefinition;
    const path = Object.values(service)[0]!.path;
    server.addService(service, {
      ServerReflectionInfo: (call, respond) => build().get(path)!(call, respond),
    });
  }
}
