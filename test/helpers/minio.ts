/**
 * Object storage tests: an s3rver and a sidecar pointed at it, clients per (org, user), and the
 * streaming calls (PutObject and UploadPart are client streams; GetObject a server stream).
 */
import { createHash, randomUUID } from "node:crypto";
import { after, before } from "node:test";
import { Metadata } from "@grpc/grpc-js";
import { connect, type Message, type TestClient } from "./client";
import { type S3rverInstance, s3rverArgs, startS3rver } from "./s3rver";
import { type SidecarProcess, startSidecar, waitServing } from "./sidecar";

export const MINIO = "isa.minio.MinIOService";

export type MinioClient = TestClient & { org: string; user: string; token: string };

export interface MinioEnv {
  s3: S3rverInstance;
  proc: SidecarProcess;
  /** A client for a fresh or given identity; closed by `stop`. */
  client(org?: string, user?: string): Promise<MinioClient>;
  stop(): Promise<void>;
}

export async function startMinioEnv(extraArgs: string[] = []): Promise<MinioEnv> {
  const s3 = await startS3rver();
  const proc = await startSidecar({ args: [...s3rverArgs(s3), ...extraArgs] });
  await waitServing(proc, MINIO);
  const clients: TestClient[] = [];
  return {
    s3,
    proc,
    // Short org ids: the org token and the bucket name share S3's 63 characters.
    async client(org = `org${randomUUID().replace(/-/g, "").slice(0, 12)}`, user = `user-${randomUUID()}`) {
      const token = await proc.token(org, user);
      const c = connect(proc.address, MINIO, token);
      clients.push(c);
      return Object.assign(c, { org, user, token });
    },
    async stop() {
      for (const c of clients) c.close();
      await proc.stop();
      await s3.stop();
    },
  };
}

/** Writes a client stream's messages with write back-pressure; resolves with the response. */
export function clientStream(
  client: MinioClient,
  method: "PutObject" | "UploadPart",
  messages: Iterable<Message> | AsyncIterable<Message>,
): Promise<Message> {
  return new Promise((resolve, reject) => {
    const metadata = new Metadata();
    // No token: a client of a sidecar in local mode, which identifies callers by the request.
    if (client.token !== "") metadata.set("authorization", `Bearer ${client.token}`);
    // biome-ignore lint/suspicious/noExplicitAny: dynamic method lookup
    const call = (client.raw as any)[method](metadata, (err: Error | null, res: Message) =>
      err ? reject(err) : resolve(res),
    );
    void (async () => {
      for await (const message of messages) {
        if (!call.write(message)) await new Promise((r) => call.once("drain", r));
      }
      call.end();
    })().catch(reject);
  });
}

/** `metadata` then the chunks, as PutObject expects. */
export function putObject(client: MinioClient, metadata: Message, chunks: Iterable<Buffer> | AsyncIterable<Buffer>) {
  return clientStream(client, "PutObject", withMetadata(metadata, chunks));
}

async function* withMetadata(metadata: Message, chunks: Iterable<Buffer> | AsyncIterable<Buffer>) {
  yield { metadata };
  for await (const chunk of chunks) yield { chunk };
}

/** The split of a buffer into chunks of `size`. */
export function* chunked(data: Buffer, size = 256 * 1024): Iterable<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

/** GetObject collected: the info message and every chunk, in order. */
export async function getObject(
  client: TestClient,
  request: Message,
): Promise<{ info: Message; data: Buffer; messages: number }> {
  const chunks: Buffer[] = [];
  let info: Message;
  let messages = 0;
  for await (const message of client.stream("GetObject", request)) {
    messages++;
    if (message.data === "metadata") {
      if (info !== undefined || chunks.length > 0) throw new Error("metadata not first, or twice");
      info = message.metadata;
    } else chunks.push(message.chunk);
  }
  return { info, data: Buffer.concat(chunks), messages };
}

/** GetObject hashed on the fly, for objects too large to collect. */
export async function getObjectSha256(client: TestClient, request: Message): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const message of client.stream("GetObject", request)) {
    if (message.data === "chunk") {
      hash.update(message.chunk);
      size += message.chunk.length;
    }
  }
  return { sha256: hash.digest("hex"), size };
}

/** A unique, valid bucket name. */
export const bucketName = (label = "b") => `${label}-${randomUUID().slice(0, 8)}`;

export interface BucketFixture {
  env: MinioEnv;
  client: MinioClient;
  bucket: string;
}

/**
 * For a whole test file: s3rver and a sidecar, a client of a fresh tenant and one bucket of its
 * own, handed to `use` before the tests; everything stopped after them.
 */
export function withBucket(label: string, use: (fixture: BucketFixture) => void): void {
  let env: MinioEnv | undefined;
  // Bounded like the tests (scripts/test.sh): a hook that hangs fails the file instead of CI.
  const hook = { timeout: 60_000 };
  before(async () => {
    env = await startMinioEnv();
    const client = await env.client();
    const bucket = bucketName(label);
    await client.call("CreateBucket", { bucket_name: bucket });
    use({ env, client, bucket });
  }, hook);
  after(() => env?.stop(), hook);
}
