/**
 * gRPC server reflection, so generic clients (grpcurl, Postman) can list and call services.
 * Nothing of it is loaded before the first reflection call: `@grpc/reflection` builds file
 * descriptors for the whole API when constructed (hundreds of milliseconds and several MiB that
 * most sidecars never use), and even its own .proto takes ~10 ms to load, time that would hold
 * up the first calls. So its routes are registered with methods that load all that on first use.
 */
import { dirname, join } from "node:path";
import type { PackageDefinition } from "@grpc/proto-loader";
import { loadSync } from "@grpc/proto-loader";
import type { Handler } from "./transport/calls";
import type { GrpcServer, MethodDefinition, ServiceDefinition } from "./transport/server";

const VERSIONS = ["v1", "v1alpha"] as const;
type Version = (typeof VERSIONS)[number];

const pathOf = (version: Version) => `/grpc.reflection.${version}.ServerReflection/ServerReflectionInfo`;

/** The reflection method as proto-loader defines it, with the options the implementation expects. */
function loadMethod(version: Version): MethodDefinition {
  const protoRoot = join(dirname(require.resolve("@grpc/reflection/package.json")), "build", "proto");
  const definition = loadSync(join(protoRoot, "grpc", "reflection", version, "reflection.proto"), {
    longs: String,
    enums: String,
    bytes: Array,
    defaults: true,
    oneofs: true,
  });
  const service = definition[`grpc.reflection.${version}.ServerReflection`] as unknown as ServiceDefinition;
  return service.ServerReflectionInfo!;
}

/** The implementation's handler per method path, built once for the whole API. */
function buildHandlers(api: PackageDefinition): Map<string, Handler> {
  const { ReflectionService } = require("@grpc/reflection") as typeof import("@grpc/reflection");
  const handlers = new Map<string, Handler>();
  // addToServer only calls server.addService(definition, implementation): capture those.
  const capture = {
    addService: (definition: ServiceDefinition, implementation: { ServerReflectionInfo: Handler }) => {
      handlers.set(Object.values(definition)[0]!.path, implementation.ServerReflectionInfo);
    },
  };
  new ReflectionService(api).addToServer(capture as never);
  return handlers;
}

export function addLazyReflection(server: GrpcServer, api: PackageDefinition): void {
  let handlers: Map<string, Handler> | undefined;
  for (const version of VERSIONS) {
    const path = pathOf(version);
    let method: MethodDefinition | undefined;
    const loaded = () => {
      method ??= loadMethod(version);
      return method;
    };
    const lazy: MethodDefinition = {
      path,
      requestStream: true,
      responseStream: true,
      requestDeserialize: (bytes) => loaded().requestDeserialize(bytes),
      responseSerialize: (value) => loaded().responseSerialize(value),
    };
    server.addService(
      { ServerReflectionInfo: lazy },
      {
        ServerReflectionInfo: (call, respond) => {
          handlers ??= buildHandlers(api);
          handlers.get(path)!(call, respond);
        },
      },
    );
  }
}
