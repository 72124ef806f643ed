/**
 * The bare baseline: a grpc-js server built like the sidecar's (same protos, same loader options,
 * same server options) that answers each named method with a fixed response and does no other
 * work. Run as a child process: it is told what to serve over IPC and answers with its address.
 */
import {
  Server,
  ServerCredentials,
  type ServiceDefinition,
  type sendUnaryData,
  type UntypedServiceImplementation,
} from "@grpc/grpc-js";
import { loadApi } from "../sidecar/proto";

export interface EchoConfig {
  /** Fully qualified service, e.g. "isa.redis.RedisService". */
  service: string;
  /** The fixed response of each method served; other methods answer UNIMPLEMENTED. */
  responses: Record<string, Record<string, unknown>>;
}

export type EchoMessage = { type: "listening"; address: string } | { type: "failed"; error: string };

const MAX_MESSAGE_BYTES = 8 * 1024 * 1024; // the sidecar's default --max-message-bytes

function serve(config: EchoConfig): Promise<string> {
  const definition = loadApi()[config.service] as ServiceDefinition;
  if (!definition) throw new Error(`unknown service ${config.service}`);
  const handlers: UntypedServiceImplementation = {};
  for (const [method, response] of Object.entries(config.responses)) {
    handlers[method] = (_call: unknown, callback: sendUnaryData<unknown>) => callback(null, response);
  }
  const server = new Server({
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    "grpc.enable_channelz": 0, // as the sidecar
  });
  server.addService(definition, handlers);
  return new Promise((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (err, port) =>
      err ? reject(err) : resolve(`127.0.0.1:${port}`),
    );
  });
}

process.once("message", (config: EchoConfig) => {
  serve(config).then(
    (address) => process.send!({ type: "listening", address } satisfies EchoMessage),
    (err: Error) => process.send!({ type: "failed", error: err.message } satisfies EchoMessage),
  );
});
// The parent going away ends the echo server too.
process.once("disconnect", () => process.exit(0));
