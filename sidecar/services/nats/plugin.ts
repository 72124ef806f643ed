/** Flags and config of the NATS service, and its construction. Not served unless a URL is given. */
import { Option } from "commander";
import { ConfigError, parseInteger, parseUrl } from "../../config";
import type { ServicePlugin } from "../service";
import type { NatsLimits } from "./context";

export interface NatsConfig extends NatsLimits {
  servers: string[];
  user?: string;
  pass?: string;
}

/** Comma-separated servers (a cluster); a bare host:port means nats://host:port. */
function parseServers(flag: string, value: string): string[] {
  const servers = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => parseUrl(flag, s.includes("://") ? s : `nats://${s}`, ["nats:", "tls:"]));
  if (servers.length === 0) throw new ConfigError(flag, "no server given");
  return servers;
}

export const natsPlugin: ServicePlugin<NatsConfig> = {
  name: "isa.nats.NATSService",
  proto: "isa/nats.proto",
  options: () => [
    new Option(
      "--nats-url <urls>",
      "NATS servers, comma-separated (nats://host:4222); NATS is served only when set",
    ).env("ISA_CLOUD_NATS_URLS"),
    new Option("--nats-username <name>", "NATS user (the password comes from ISA_CLOUD_NATS_PASSWORD only)").env(
      "ISA_CLOUD_NATS_USERNAME",
    ),
    new Option("--nats-subscription-buffer <n>", "messages a subscriber may fall behind before its stream ends")
      .env("ISA_SIDECAR_NATS_SUBSCRIPTION_BUFFER")
      .default("1024"),
    new Option("--nats-subscription-buffer-bytes <n>", "payload bytes a subscriber may fall behind")
      .env("ISA_SIDECAR_NATS_SUBSCRIPTION_BUFFER_BYTES")
      .default(String(16 * 1024 * 1024)),
    new Option("--nats-max-unacked <n>", "pulled, unacknowledged JetStream messages kept per organization")
      .env("ISA_SIDECAR_NATS_MAX_UNACKED")
      .default("10000"),
    new Option(
      "--nats-bucket-replicas <n>",
      "replicas of the KV buckets and object stores a put creates (3 on a 3-node JetStream cluster)",
    )
      .env("ISA_SIDECAR_NATS_BUCKET_REPLICAS")
      .default("1"),
  ],
  resolve: (o, env) => {
    const urls = (o.natsUrl as string | undefined) ?? env.ISA_CLOUD_NATS_URLS;
    if (!urls) return undefined;
    return {
      servers: parseServers("--nats-url", urls),
      user: (o.natsUsername as string | undefined) ?? env.ISA_CLOUD_NATS_USERNAME,
      // Never a flag: a password on the command line is visible to every process on the host.
      pass: env.ISA_CLOUD_NATS_PASSWORD || undefined,
      subscriptionBuffer: parseInteger("--nats-subscription-buffer", String(o.natsSubscriptionBuffer), 1, 1_000_000),
      subscriptionBufferBytes: parseInteger(
        "--nats-subscription-buffer-bytes",
        String(o.natsSubscriptionBufferBytes),
        1024,
        1024 ** 3,
      ),
      maxUnacked: parseInteger("--nats-max-unacked", String(o.natsMaxUnacked), 1, 10_000_000),
      // JetStream allows at most 5 replicas.
      bucketReplicas: parseInteger("--nats-bucket-replicas", String(o.natsBucketReplicas ?? "1"), 1, 5),
    };
  },
  create: (config, runtime) => {
    // Required here, not imported above: a sidecar without NATS never loads the nats client.
    const { connectNats } = require("../../backends/nats") as typeof import("../../backends/nats");
    const { createNatsService } = require("./index") as typeof import("./index");
    const connection = { servers: config.servers, user: config.user, pass: config.pass };
    return createNatsService(connectNats(connection, runtime.log, runtime.setServing), config);
  },
};
