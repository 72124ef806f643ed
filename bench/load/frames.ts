/**
 * gRPC messages as wire bytes, encoded once with protobufjs from the API's own .proto files, so the
 * load generator sends pre-built frames and spends no time encoding per call.
 */
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import * as protobuf from "protobufjs";
import { PROTO_DIR } from "../../test/helpers/paths";

let root: protobuf.Root | undefined;

function api(): protobuf.Root {
  if (root) return root;
  const loaded = new protobuf.Root();
  loaded.resolvePath = (_origin, target) => {
    if (isAbsolute(target)) return target;
    const inDir = join(PROTO_DIR, target);
    return existsSync(inDir) ? inDir : target;
  };
  loaded.loadSync(["isa/redis.proto", "isa/postgres.proto", "isa/nats.proto", "isa/minio.proto"], { keepCase: true });
  loaded.loadSync("grpc/health/v1/health.proto", { keepCase: true });
  root = loaded;
  return loaded;
}

/** One length-prefixed gRPC message (uncompressed): flag byte, 4-byte big-endian length, protobuf bytes. */
export function grpcFrame(messageType: string, message: Record<string, unknown>): Buffer {
  const type = api().lookupType(messageType);
  const invalid = type.verify(message);
  if (invalid) throw new Error(`${messageType}: ${invalid}`);
  const body = type.encode(type.fromObject(message)).finish();
  const frame = Buffer.alloc(5 + body.length);
  frame.writeUInt32BE(body.length, 1);
  frame.set(body, 5);
  return frame;
}

/** Decodes the first message of a response body (enough for unary answers such as health checks). */
export function decodeFrame(messageType: string, body: Buffer): Record<string, unknown> {
  if (body.length < 5) throw new Error(`${messageType}: response shorter than a gRPC frame`);
  const length = body.readUInt32BE(1);
  const type = api().lookupType(messageType);
  return type.toObject(type.decode(body.subarray(5, 5 + length)), { enums: String, defaults: true });
}
