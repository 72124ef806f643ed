/**
 * One large object up through the sidecar and back down while the sidecar's RSS is sampled: what
 * streaming "in bounded memory" costs in practice. The object is generated and hashed on the fly,
 * never held whole, by a grpc-js client (back-pressure on both sides); the hash of what comes back
 * must equal the hash of what went up.
 */
import { createHash, type Hash, randomBytes } from "node:crypto";
import { connect } from "../../test/helpers/client";
import { getObjectSha256, MINIO, putObject } from "../../test/helpers/minio";
import { processMemoryMiB } from "./proc-stats";

export interface LargeObjectSpec {
  address: string;
  token: string;
  org: string;
  /** The caller's bucket name (the sidecar confines it to the org). */
  bucket: string;
  key: string;
  bytes: number;
  chunkBytes: number;
  /** The sidecar, whose VmRSS is sampled. */
  pid: number;
  sampleMs: number;
}

export interface Sampled {
  /** Highest VmRSS seen, MiB. */
  peakMiB: number;
  samples: number;
  ms: number;
}

export interface LargeObjectFigures {
  /** VmRSS just before the upload, MiB. */
  baselineMiB: number;
  upload: Sampled;
  /** VmRSS just before the download (what the upload left), MiB. */
  beforeDownloadMiB: number;
  download: Sampled;
}

/** Runs `task` while sampling the VmRSS of `pid` every `everyMs` (and once at each end). */
async function sampleRss(pid: number, everyMs: number, task: () => Promise<void>): Promise<Sampled> {
  let peakMiB = Number.NaN;
  let samples = 0;
  const sample = () => {
    const rss = processMemoryMiB(pid, "VmRSS");
    if (rss === undefined) return;
    peakMiB = samples === 0 ? rss : Math.max(peakMiB, rss);
    samples++;
  };
  const since = performance.now();
  sample();
  const timer = setInterval(sample, everyMs);
  try {
    await task();
  } finally {
    clearInterval(timer);
  }
  sample();
  return { peakMiB, samples, ms: performance.now() - since };
}

/** `total` random bytes in chunks of `size`, each fed to `hash` as it is handed out. */
function* randomChunks(total: number, size: number, hash: Hash): Iterable<Buffer> {
  for (let sent = 0; sent < total; sent += size) {
    const chunk = randomBytes(Math.min(size, total - sent));
    hash.update(chunk);
    yield chunk;
  }
}

export async function roundTripLargeObject(s: LargeObjectSpec): Promise<LargeObjectFigures> {
  const client = Object.assign(connect(s.address, MINIO, s.token), { org: s.org, user: "bench", token: s.token });
  try {
    const sent = createHash("sha256");
    const metadata = { bucket_name: s.bucket, object_key: s.key, content_length: String(s.bytes) };
    const baselineMiB = processMemoryMiB(s.pid, "VmRSS") ?? Number.NaN;
    const upload = await sampleRss(s.pid, s.sampleMs, async () => {
      await putObject(client, metadata, randomChunks(s.bytes, s.chunkBytes, sent));
    });
    const beforeDownloadMiB = processMemoryMiB(s.pid, "VmRSS") ?? Number.NaN;
    let received = { sha256: "", size: 0 };
    const download = await sampleRss(s.pid, s.sampleMs, async () => {
      received = await getObjectSha256(client, { bucket_name: s.bucket, object_key: s.key });
    });
    const expected = sent.digest("hex");
    if (received.size !== s.bytes || received.sha256 !== expected) {
      throw new Error(
        `large object came back different: ${received.size} bytes, sha256 ${received.sha256}; sent ${s.bytes} bytes, sha256 ${expected}`,
      );
    }
    return { baselineMiB, upload, beforeDownloadMiB, download };
  } finally {
    client.close();
  }
}
