/**
 * gRPC clients for tests, built the way any app would build them: from proto/ with proto-loader,
 * with the token in `authorization` metadata. Calls are promisified; errors keep their status code.
 */
import { type Client, credentials, loadPackageDefinition, Metadata, type ServiceError } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { PROTO_DIR } from "./paths";

const definition = loadSync(
  [
    "isa/common.proto",
    "isa/redis.proto",
    "isa/postgres.proto",
    "isa/nats.proto",
    "isa/minio.proto",
    "grpc/health/v1/health.proto",
  ],
  { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [PROTO_DIR] },
);
// biome-ignore lint/suspicious/noExplicitAny: generic test client over any service of the API
const packages = loadPackageDefinition(definition) as any;

// biome-ignore lint/suspicious/noExplicitAny: messages are checked by the assertions of each test
export type Message = any;

export interface TestClient {
  readonly raw: Client;
  call(method: string, request: Message, options?: { deadlineMs?: number; token?: string | null }): Promise<Message>;
  /** Opens a server stream; returns the stream (a readable of messages). */
  stream(method: string, request: Message, options?: { token?: string | null }): Message;
  close(): void;
}

export interface ConnectOptions {
  /** Compress every message with gzip, as the isA Python SDK does. */
  gzip?: boolean;
}

/** `service` like "isa.redis.RedisService". */
export function connect(address: string, service: string, token?: string, options: ConnectOptions = {}): TestClient {
  const path = service.split(".");
  let ctor = packages;
  for (const part of path) ctor = ctor[part];
  // 2 is grpc-js's CompressionAlgorithms.gzip.
  const channelOptions = options.gzip ? { "grpc.default_compression_algorithm": 2 } : {};
  const raw: Client = new ctor(address, credentials.createInsecure(), channelOptions);
  const metadataFor = (t: string | null | undefined) => {
    const m = new Metadata();
    const use = t === undefined ? token : t;
    if (use) m.set("authorization", `Bearer ${use}`);
    return m;
  };
  return {
    raw,
    call(method, request, options = {}) {
      return new Promise((resolve, reject) => {
        const deadline = new Date(Date.now() + (options.deadlineMs ?? 10_000));
        // biome-ignore lint/suspicious/noExplicitAny: dynamic method lookup
        (raw as any)[method](
          request,
          metadataFor(options.token),
          { deadline },
          (err: ServiceError | null, res: Message) => (err ? reject(err) : resolve(res)),
        );
      });
    },
    stream(method, request, options = {}) {
      // biome-ignore lint/suspicious/noExplicitAny: dynamic method lookup
      return (raw as any)[method](request, metadataFor(options.token));
    },
    close: () => raw.close(),
  };
}
