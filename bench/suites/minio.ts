/**
 * Issue 5: PutObject and GetObject of 1 KiB and 1 MiB objects at concurrency 1 and 8 through the
 * sidecar, beside the `minio` client called directly on the same s3rver and the same backend
 * bucket, all driven by the same load generator; then the sidecar's RSS growth while one 256 MiB
 * object goes up and comes back down.
 */
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { createLogger } from "../../shared/logger";
import { connectS3, type S3Backend, type S3Config } from "../../sidecar/backends/s3";
import { parseEndpoint } from "../../sidecar/services/minio/plugin";
import { s3Bucket } from "../../sidecar/tenancy";
import { MINIO } from "../../test/helpers/minio";
import {
  S3RVER_ACCESS_KEY,
  S3RVER_SECRET_KEY,
  type S3rverInstance,
  s3rverArgs,
  startS3rver,
} from "../../test/helpers/s3rver";
import type { GrpcJob } from "../load/drivers";
import { grpcFrame } from "../load/frames";
import { type LargeObjectFigures, roundTripLargeObject, type Sampled } from "../load/large-object";
import { absentSampler, machineSampler, pidSampler } from "../load/samplers";
import { type Target as MatrixTarget, runMatrix } from "../matrix";
import { track } from "../processes";
import { profileDirFor, profiledParts } from "../profile";
import { type BenchSidecar, type DevKey, devKeyWithToken, launchSidecar } from "../servers/sidecar";
import { COMMON_NOTES, type Row, type Suite, type SuiteOptions, type SuiteResult, type Summary } from "../suite";

const KiB = 1024;
const MiB = 1024 * KiB;
const OPERATIONS = ["Put 1KiB", "Get 1KiB", "Put 1MiB", "Get 1MiB"] as const;
/**
 * Not 64: s3rver is one Node process writing every object to disk, on 2 cores it shares with the
 * sidecar and the generator. 8 calls in flight already queue in front of it (p50 several times that
 * of c=1 for about the same ops/s); 64 MiB of 1 MiB uploads in flight would only lengthen the queue.
 */
const CONCURRENCIES = [1, 8];
/** The caller's bucket; the sidecar and the direct client both use its backend name `{org}-bench`. */
const BUCKET = "bench";
/** Puts overwrite this many keys per generator process in turn: no two in flight share a key, the bucket stays bounded. */
const PUT_KEYS_PER_PROCESS = 64;
/** PutObject payload chunks: the size the sidecar's GetObject answers with, well under gRPC's 4 MiB message limit. */
const CHUNK_BYTES = 256 * KiB;
const LARGE = { bytes: 256 * MiB, chunkBytes: MiB, sampleMs: 20, key: "bench/large-256MiB", growthTargetMiB: 32 };

type Operation = (typeof OPERATIONS)[number];
type Target = MatrixTarget<Operation>;

const sizeOf = (op: Operation) => (op.endsWith("1MiB") ? MiB : KiB);
const isPut = (op: Operation) => op.startsWith("Put");
const PAYLOADS = { [KiB]: randomBytes(KiB), [MiB]: randomBytes(MiB) };
/** Gets read one object each, written before the run. */
const getKey = (op: Operation) => `bench/get-${sizeOf(op) / KiB}KiB`;

/** Per generator process, the keys its puts take in turn. */
function putKeys(op: Operation, processes: number): string[][] {
  return Array.from({ length: processes }, (_, p) =>
    Array.from({ length: PUT_KEYS_PER_PROCESS }, (_, n) => `bench/put-${sizeOf(op) / KiB}KiB-${p}-${n}`),
  );
}

/** PutObject as a client stream: one metadata message per key (pre-encoded), then the payload as chunk messages. */
function putJob(op: Operation, processes: number): Pick<GrpcJob, "heads" | "frame"> {
  const metadata = (key: string) => ({ bucket_name: BUCKET, object_key: key, content_length: sizeOf(op) });
  const payload = PAYLOADS[sizeOf(op)];
  const chunks: Buffer[] = [];
  for (let i = 0; i < payload.length; i += CHUNK_BYTES) {
    chunks.push(grpcFrame("isa.minio.PutObjectRequest", { chunk: payload.subarray(i, i + CHUNK_BYTES) }));
  }
  return {
    heads: putKeys(op, processes).map((keys) =>
      keys.map((key) => grpcFrame("isa.minio.PutObjectRequest", { metadata: metadata(key) })),
    ),
    frame: Buffer.concat(chunks),
  };
}

function sidecarTarget(address: string, pid: number, token: string, s3rverPid: number, processes: number): Target {
  return {
    name: "sidecar",
    job: (op) => ({
      kind: "grpc",
      address,
      token,
      ...(isPut(op)
        ? { path: `/${MINIO}/PutObject`, ...putJob(op, processes) }
        : {
            path: `/${MINIO}/GetObject`,
            frame: grpcFrame("isa.minio.GetObjectRequest", { bucket_name: BUCKET, object_key: getKey(op) }),
            minResponseBytes: sizeOf(op),
          }),
    }),
    samplers: [pidSampler("server", pid), pidSampler("s3rver", s3rverPid), machineSampler()],
    bytesPerOp: sizeOf,
  };
}

/** The minio client built by the sidecar's own connectS3, on the backend bucket the sidecar uses for the org. */
function directTarget(config: S3Config, backendBucket: string, s3rverPid: number, processes: number): Target {
  return {
    name: "direct S3",
    job: (op) => ({
      kind: "s3",
      config,
      bucket: backendBucket,
      ...(isPut(op)
        ? { keys: putKeys(op, processes), body: PAYLOADS[sizeOf(op)] }
        : { keys: [[getKey(op)]], minResponseBytes: sizeOf(op) }),
    }),
    samplers: [absentSampler("server"), pidSampler("s3rver", s3rverPid), machineSampler()],
    bytesPerOp: sizeOf,
  };
}

const mibPerSec = (row: Row) => (row.load.opsPerSec * (row.bytesPerOp ?? 0)) / MiB;

function comparisons(rows: Row[]): Summary[] {
  const find = (name: string, target: string) => rows.find((r) => r.case === name && r.target === target);
  const out: Summary[] = [];
  for (const op of OPERATIONS) {
    for (const c of CONCURRENCIES) {
      const [sidecar, direct] = [find(`${op} c=${c}`, "sidecar"), find(`${op} c=${c}`, "direct S3")];
      if (!sidecar || !direct) continue;
      out.push({
        label: `${op} c=${c} sidecar/direct ops`,
        value: sidecar.load.opsPerSec / direct.load.opsPerSec,
        unit: "",
        note: `sidecar ${mibPerSec(sidecar).toFixed(1)} vs direct ${mibPerSec(direct).toFixed(1)} MiB/s`,
      });
    }
  }
  for (const op of OPERATIONS) {
    const [sidecar, direct] = [find(`${op} c=1`, "sidecar"), find(`${op} c=1`, "direct S3")];
    if (sidecar && direct) {
      out.push({ label: `${op} c=1 p50 added over direct`, value: sidecar.load.p50Us - direct.load.p50Us, unit: "µs" });
    }
  }
  return out;
}

/**
 * Growth during each transfer (peak minus the RSS just before it: the target's reading), and since
 * the idle sidecar, where the download also carries what the upload left behind.
 */
function memoryFigures(f: LargeObjectFigures): Summary[] {
  const size = `${LARGE.bytes / MiB} MiB`;
  const growth = (what: string, sampled: Sampled, beforeMiB: number): Summary => {
    const value = sampled.peakMiB - beforeMiB;
    const seconds = sampled.ms / 1000;
    return {
      label: `sidecar RSS growth during the ${size} ${what}`,
      value,
      unit: "MiB",
      target: `< ${LARGE.growthTargetMiB}`,
      met: value < LARGE.growthTargetMiB,
      note: `peak ${sampled.peakMiB.toFixed(1)} MiB (+${(sampled.peakMiB - f.baselineMiB).toFixed(1)} over idle) of ${sampled.samples} samples; ${seconds.toFixed(1)} s, ${(LARGE.bytes / MiB / seconds).toFixed(1)} MiB/s`,
    };
  };
  return [
    { label: "sidecar RSS idle, before the transfer", value: f.baselineMiB, unit: "MiB" },
    growth("upload", f.upload, f.baselineMiB),
    growth("download", f.download, f.beforeDownloadMiB),
  ];
}

/**
 * The large object first, on the idle sidecar, so growth is measured from where a pod starts. One
 * small object goes up and down before, so the code first calls load is not counted as growth.
 */
async function largeObjectOnIdleSidecar(sidecar: BenchSidecar, token: string, org: string) {
  const spec = {
    address: sidecar.address,
    token,
    org,
    bucket: BUCKET,
    key: LARGE.key,
    bytes: LARGE.bytes,
    chunkBytes: LARGE.chunkBytes,
    pid: sidecar.pid,
    sampleMs: LARGE.sampleMs,
  };
  await roundTripLargeObject({ ...spec, bytes: MiB });
  await sleep(500);
  return roundTripLargeObject(spec);
}

interface Fixture {
  s3: S3rverInstance;
  /** How the sidecar reaches s3rver, as its flags say; the direct client is built from it. */
  config: S3Config;
  /** The bench's own S3 connection: creates the bucket and the objects gets read. */
  admin: S3Backend;
  org: string;
  backendBucket: string;
  devKey: DevKey;
}

/** s3rver (tracked, so Ctrl-C kills it), a fresh tenant, its bucket with the objects gets read, a dev key and token. */
async function openFixture(): Promise<Fixture> {
  const s3 = await startS3rver();
  track(s3.child);
  try {
    const config: S3Config = {
      ...parseEndpoint(s3.endpoint, false),
      accessKey: S3RVER_ACCESS_KEY,
      secretKey: S3RVER_SECRET_KEY,
      region: "us-east-1", // the sidecar's default, as it runs here
    };
    // Org ids short and lowercase: the org token and the bucket share S3's 63 characters.
    const org = `bench${randomBytes(4).toString("hex")}`;
    const backendBucket = s3Bucket(org, BUCKET);
    const admin = connectS3(config, createLogger("isa-bench", "silent"), () => {});
    await admin.client.makeBucket(backendBucket, config.region);
    for (const op of OPERATIONS.filter((o) => !isPut(o))) {
      await admin.client.putObject(backendBucket, getKey(op), PAYLOADS[sizeOf(op)]);
    }
    const devKey = await devKeyWithToken(org, "bench");
    return { s3, config, admin, org, backendBucket, devKey };
  } catch (err) {
    await s3.stop();
    throw err;
  }
}

async function closeFixture(f: Fixture): Promise<void> {
  await f.admin.close();
  await f.s3.stop(); // removes its directory, every object with it
  f.devKey.remove();
}

function notes(options: SuiteOptions, profileDir: string | undefined): string[] {
  return [
    COMMON_NOTES.audit,
    "the backend is s3rver (one Node process, every object a file in a temp directory on disk), for both targets: its CPU column shows when it is what limits",
    "direct S3 is the minio client built by the sidecar's own connectS3 (same options), on the same backend bucket {org}-bench; it reuses node's keep-alive HTTP/1.1 connections, the sidecar's calls share one HTTP/2 connection per generator process (node's default 64 KiB flow-control windows, as a default grpc-js client has)",
    `PutObject through the sidecar: the metadata message, then the payload as ${CHUNK_BYTES / KiB} KiB chunk messages (1 MiB = 4 chunks), pre-encoded; the sidecar sends an object under 5 MiB to S3 as one PUT`,
    `puts overwrite ${PUT_KEYS_PER_PROCESS} keys per generator process in turn; gets read one object written before the run, and a get with fewer bytes than the object counts as failed`,
    "concurrency 8, not 64: s3rver is one process on the same 2 cores; at c=8 calls already queue in front of it (compare p50 at c=1 and c=8), 64 MiB of 1 MiB uploads in flight would only lengthen the queue",
    `MiB/s is ops/s × the object size; gen CPU is per generator process (% of one core; c=8 uses ${options.processes}); machine CPU is all ${cpus().length} cores (up to ${cpus().length * 100})`,
    ...(profileDir
      ? [
          `the sidecar's .cpuprofile is kept in ${profileDir} (open it in Chrome DevTools)`,
          "profiled: direct S3 and the 256 MiB transfer were left out",
        ]
      : [
          `${LARGE.bytes / MiB} MiB transfer: a grpc-js client in the bench process streams random ${LARGE.chunkBytes / MiB} MiB chunks (never the whole object) with back-pressure, the sidecar uploads 5 MiB multipart parts; run first, on the idle sidecar; VmRSS read from /proc every ${LARGE.sampleMs} ms; growth is the peak minus the RSS just before the transfer; the download's sha256 matched the upload's`,
        ]),
  ];
}

async function run(options: SuiteOptions): Promise<SuiteResult> {
  const f = await openFixture();
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const profileDir = profileDirFor(options.profile);
    const sidecar = await launchSidecar({
      args: s3rverArgs(f.s3),
      services: [MINIO],
      devKeyFile: f.devKey.devKeyFile,
      cpuProfileDir: profileDir,
    });
    stops.push(sidecar.stop);
    const s3rverPid = f.s3.child.pid!;
    const targets = [sidecarTarget(sidecar.address, sidecar.pid, f.devKey.token, s3rverPid, options.processes)];
    if (!options.profile) targets.push(directTarget(f.config, f.backendBucket, s3rverPid, options.processes));
    const memory = options.profile ? [] : memoryFigures(await largeObjectOnIdleSidecar(sidecar, f.devKey.token, f.org));
    const rows = await runMatrix(OPERATIONS, CONCURRENCIES, targets, options);
    await sidecar.stop(); // a clean exit is what makes node write the profile
    return {
      ...profiledParts("minio", profileDir),
      rows,
      summary: [...comparisons(rows), ...memory],
      notes: notes(options, profileDir),
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await closeFixture(f);
  }
}

export const suite: Suite = { name: "minio", run };
