/**
 * Flags and config of the object storage service, and its construction. The service is served
 * only when an endpoint is configured; the S3 client library is loaded only then (see backends/s3).
 */
import { Option } from "commander";
import type { S3Config } from "../../backends/s3";
import { ConfigError, parseHostPort, parseInteger } from "../../config";
import type { ServicePlugin } from "../service";
import type { MinioLimits } from "./context";

export interface MinioConfig extends MinioLimits {
  s3: S3Config;
}

const ENV = "ISA_CLOUD_STORAGE_MINIO";

/** `true`/`false` (also 1/0, yes/no) from a flag or env; a bare flag is true. */
function parseBool(flag: string, value: unknown): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  const text = String(value).trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(text)) return true;
  if (["false", "0", "no", "off", ""].includes(text)) return false;
  throw new ConfigError(flag, `"${value}" is not true or false`);
}

/**
 * `http://host:port` or `https://host:port` (the scheme decides TLS), or `host[:port]` with
 * --minio-use-ssl. Credentials in the URL are refused: they would end up in logs and messages.
 */
export function parseEndpoint(value: string, useSslFlag: boolean): { endPoint: string; port: number; useSSL: boolean } {
  const flag = "--minio-endpoint";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError(flag, "not a URL");
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ConfigError(flag, `scheme must be http: or https:, not ${url.protocol}`);
    }
    if (url.username || url.password)
      throw new ConfigError(flag, "put credentials in --minio-access-key/--minio-secret-key");
    if (url.pathname !== "/" || url.search || url.hash)
      throw new ConfigError(flag, "must be scheme://host[:port] without a path");
    const useSSL = url.protocol === "https:";
    if (useSslFlag && !useSSL)
      throw new ConfigError("--minio-use-ssl", "the endpoint says http://; the scheme decides TLS");
    const port = url.port ? Number(url.port) : useSSL ? 443 : 80;
    return { endPoint: url.hostname.replace(/^\[(.*)\]$/, "$1"), port, useSSL };
  }
  if (/^[^:[\]/]+$/.test(value)) return { endPoint: value, port: useSslFlag ? 443 : 80, useSSL: useSslFlag };
  const { host, port } = parseHostPort(flag, value);
  return { endPoint: host, port, useSSL: useSslFlag };
}

function resolveMinio(o: Record<string, unknown>): MinioConfig | undefined {
  const endpoint = (o.minioEndpoint as string | undefined)?.trim();
  if (!endpoint) return undefined;
  const accessKey = (o.minioAccessKey as string | undefined) ?? "";
  const secretKey = (o.minioSecretKey as string | undefined) ?? "";
  if (accessKey === "" || secretKey === "") {
    throw new ConfigError(
      accessKey === "" ? "--minio-access-key" : "--minio-secret-key",
      "object storage needs both an access key and a secret key (presigned URLs are signed with them)",
    );
  }
  const region = String(o.minioRegion ?? "us-east-1").trim();
  if (!/^[a-z0-9-]{1,64}$/.test(region)) throw new ConfigError("--minio-region", `"${region}" is not a region name`);
  return {
    s3: { ...parseEndpoint(endpoint, parseBool("--minio-use-ssl", o.minioUseSsl)), accessKey, secretKey, region },
    allowPublicPolicies: parseBool("--minio-allow-public-policies", o.minioAllowPublicPolicies),
    maxPartBytes: parseInteger("--minio-max-part-bytes", String(o.minioMaxPartBytes), 5 * 1024 * 1024, 1024 ** 3),
  };
}

export const minioPlugin: ServicePlugin<MinioConfig> = {
  name: "isa.minio.MinIOService",
  proto: "isa/minio.proto",
  options: () => [
    new Option("--minio-endpoint <url>", "object storage: http(s)://host:port, or host:port with --minio-use-ssl").env(
      `${ENV}_ENDPOINT`,
    ),
    new Option("--minio-access-key <key>", "object storage access key").env(`${ENV}_ACCESS_KEY`),
    new Option("--minio-secret-key <secret>", "object storage secret key (never logged)").env(`${ENV}_SECRET_KEY`),
    new Option("--minio-use-ssl [bool]", "TLS to a host:port endpoint").env(`${ENV}_USE_SSL`),
    new Option("--minio-region <region>", "object storage region").env(`${ENV}_REGION`).default("us-east-1"),
    new Option(
      "--minio-allow-public-policies [bool]",
      "operator: let bucket policies grant anonymous (public) access",
    ).env("ISA_SIDECAR_MINIO_ALLOW_PUBLIC_POLICIES"),
    new Option("--minio-max-part-bytes <n>", "largest part UploadPart accepts (it is held in memory to be signed)")
      .env("ISA_SIDECAR_MINIO_MAX_PART_BYTES")
      .default(String(64 * 1024 * 1024)),
  ],
  resolve: (o) => resolveMinio(o),
  create: (config, runtime) => {
    // Required here, not imported above: a sidecar without object storage never loads the S3 client.
    const { connectS3 } = require("../../backends/s3") as typeof import("../../backends/s3");
    const { createMinioService } = require("./index") as typeof import("./index");
    return createMinioService(connectS3(config.s3, runtime.log, runtime.setServing), config, runtime.log);
  },
};
