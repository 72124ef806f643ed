/**
 * Issue 2: sidecar Get and Set (100 B values) at concurrency 1 and 64, beside a bare grpc-js echo
 * server and ioredis called directly, all driven by the same load generator; plus idle RSS with
 * Redis connected and the time from spawn to SERVING.
 */
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import Redis, { Cluster } from "ioredis";
import { redisKey } from "../../sidecar/tenancy";
import { grpcFrame } from "../load/frames";
import type { CpuSampler } from "../load/generator";
import { callHeaders, grpcCall, openSession } from "../load/grpc-client";
import { processMemoryMiB } from "../load/proc-stats";
import { absentSampler, machineSampler, redisSampler } from "../load/samplers";
import { grpcTarget, type Target as MatrixTarget, runMatrix } from "../matrix";
import { interrupted } from "../processes";
import { profileDirFor, profiledParts } from "../profile";
import { startEcho } from "../servers/echo";
import { type DevKey, devKeyWithToken, launchSidecar } from "../servers/sidecar";
import { startupFigures } from "../servers/startup";
import { COMMON_NOTES, type Row, type Suite, type SuiteOptions, type SuiteResult, type Summary } from "../suite";

const SERVICE = "isa.redis.RedisService";
const VALUE = randomBytes(50).toString("hex"); // 100 bytes
const OPERATIONS = ["Get", "Set"] as const;
const CONCURRENCIES = [1, 64];
const IDLE_MS = 2000;
const WARM_CALLS = 20;
/** What the echo server answers: responses the size of the sidecar's. */
const ECHO_RESPONSES = { Get: { found: true, value: VALUE }, Set: { success: true, message: "OK" } };

type Operation = (typeof OPERATIONS)[number];

type Target = MatrixTarget<Operation>;

/** The user's key names; the sidecar confines them to the bench tenant, the direct baseline prefixes them. */
const KEY_OF: Record<Operation, string> = { Get: "bench:get", Set: "bench:set" };

/** Who else uses CPU while a case runs: Redis itself and the machine as a whole (other work included). */
type Others = CpuSampler[];

/** The request of each operation, as the sidecar and the echo are sent it. */
const REQUEST_OF = (op: Operation) => (op === "Get" ? { key: KEY_OF.Get } : { key: KEY_OF.Set, value: VALUE });

function directTarget(url: string, keys: Record<Operation, string>, others: Others): Target {
  return {
    name: "direct ioredis",
    job: (op) => ({ kind: "redis", url, command: op === "Get" ? "get" : "set", key: keys[op], value: VALUE }),
    samplers: [absentSampler("server"), ...others],
  };
}

/** A few authenticated calls, so the token is verified and cached and connections are open before idling. */
async function warmUp(address: string, token: string): Promise<void> {
  const session = await openSession(address);
  const frame = grpcFrame("isa.redis.GetRequest", { key: KEY_OF.Get });
  const headers = callHeaders(`/${SERVICE}/Get`, token);
  try {
    for (let i = 0; i < WARM_CALLS; i++) {
      const outcome = await new Promise<{ status?: string; message?: string }>((resolve) =>
        grpcCall(session, headers, frame, false, resolve),
      );
      if (outcome.status !== "0") throw new Error(`warm-up Get failed: ${outcome.status} ${outcome.message}`);
    }
  } finally {
    session.close();
  }
}

function comparisons(rows: Row[]): Summary[] {
  const find = (name: string, target: string) => rows.find((r) => r.case === name && r.target === target)?.load;
  const out: Summary[] = [];
  for (const op of OPERATIONS) {
    const [sidecar64, echo64] = [find(`${op} c=64`, "sidecar"), find(`${op} c=64`, "echo")];
    if (sidecar64 && echo64) {
      const target = op === "Get" ? { target: "≥ 0.85", met: sidecar64.opsPerSec / echo64.opsPerSec >= 0.85 } : {};
      out.push({
        label: `${op} c=64 sidecar/echo ops`,
        value: sidecar64.opsPerSec / echo64.opsPerSec,
        unit: "",
        ...target,
      });
    }
    const [sidecar1, echo1] = [find(`${op} c=1`, "sidecar"), find(`${op} c=1`, "echo")];
    if (sidecar1 && echo1) {
      const added = sidecar1.p50Us - echo1.p50Us;
      const target = op === "Get" ? { target: "≤ 50", met: added <= 50 } : {};
      out.push({ label: `${op} c=1 p50 added over echo`, value: added, unit: "µs", ...target });
    }
  }
  for (const op of OPERATIONS) {
    for (const c of CONCURRENCIES) {
      const [cluster, single] = [find(`${op} c=${c}`, "sidecar (cluster)"), find(`${op} c=${c}`, "sidecar")];
      if (cluster && single) {
        out.push({ label: `${op} c=${c} cluster/single ops`, value: cluster.opsPerSec / single.opsPerSec, unit: "" });
      }
    }
  }
  for (const op of OPERATIONS) {
    for (const c of CONCURRENCIES) {
      const [sidecar, direct] = [find(`${op} c=${c}`, "sidecar"), find(`${op} c=${c}`, "direct ioredis")];
      if (sidecar && direct) {
        out.push({ label: `${op} c=${c} sidecar/direct ops`, value: sidecar.opsPerSec / direct.opsPerSec, unit: "" });
      }
    }
  }
  return out;
}

interface Fixture {
  redisUrl: string;
  /** The bench's own Redis connection: seeds and removes its keys, reads Redis's CPU. */
  admin: Redis;
  tenant: { org: string; user: string };
  directKeys: Record<Operation, string>;
  devKey: DevKey;
}

/** A fresh tenant and key names for this run, the Get keys seeded with a 100 B value, a dev key and token. */
async function openFixture(): Promise<Fixture> {
  const redisUrl = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379";
  const runId = randomBytes(4).toString("hex");
  const tenant = { org: `bench-${runId}`, user: "bench" };
  const directKeys = { Get: `bench:direct:${runId}:get`, Set: `bench:direct:${runId}:set` };
  const admin = new Redis(redisUrl, { lazyConnect: true, connectionName: "isa-bench-admin" });
  await admin.connect();
  await admin.mset(redisKey(tenant, KEY_OF.Get), VALUE, directKeys.Get, VALUE);
  const devKey = await devKeyWithToken(tenant.org, tenant.user);
  return { redisUrl, admin, tenant, directKeys, devKey };
}

async function closeFixture(f: Fixture): Promise<void> {
  const keys = [...Object.values(f.directKeys), ...Object.values(KEY_OF).map((k) => redisKey(f.tenant, k))];
  await f.admin.del(...keys).catch(() => undefined);
  f.admin.disconnect();
  f.devKey.remove();
}

function headlines(rows: Row[], idleRss: number, peakRss: number, startup: Summary[]): Summary[] {
  return [
    ...comparisons(rows),
    {
      label: "idle RSS",
      value: idleRss,
      unit: "MiB",
      target: "≤ 64",
      met: idleRss <= 64,
      note: `Redis connected, ${IDLE_MS / 1000} s after ${WARM_CALLS} warm calls`,
    },
    { label: "peak RSS under load", value: peakRss, unit: "MiB" },
    ...startup,
  ];
}

function notes(options: SuiteOptions, profileDir: string | undefined): string[] {
  return [
    COMMON_NOTES.audit,
    COMMON_NOTES.echo,
    `gen CPU is per generator process (% of one core; c=64 uses ${options.processes}): near 100 means the generator limits`,
    "server CPU is the echo server or sidecar process; redis CPU is the whole Redis server, other clients included",
    `machine CPU is every CPU of the machine (${cpus().length} cores, so up to ${cpus().length * 100}): well above gen + server + redis means other work competed`,
    ...(profileDir ? [`the sidecar's .cpuprofile is kept in ${profileDir} (open it in Chrome DevTools)`] : []),
  ];
}

/** The cluster's seeds (BENCH_REDIS_CLUSTER); the Get key seeded under the cluster layout (hash-tagged). */
async function openCluster(f: Fixture): Promise<{ seeds: string; admin: Cluster; close(): Promise<void> }> {
  const seeds = process.env.BENCH_REDIS_CLUSTER || "127.0.0.1:7000,127.0.0.1:7001,127.0.0.1:7002";
  const nodes = seeds.split(",").map((s) => ({ host: s.split(":")[0], port: Number(s.split(":")[1]) }));
  // No endless retries: a cluster that is not there ends the run with a message, not a hang.
  const admin = new Cluster(nodes, {
    redisOptions: { connectionName: "isa-bench-admin" },
    clusterRetryStrategy: () => null,
  });
  admin.on("error", () => undefined);
  const keys = Object.values(KEY_OF).map((k) => redisKey(f.tenant, k, "cluster"));
  await admin.set(keys[0], VALUE).catch((err: Error) => {
    admin.disconnect();
    throw new Error(
      `no Redis Cluster answers at ${seeds} (${err.message}): start one with \`npm run backends -- --cluster\`, or give its seeds in BENCH_REDIS_CLUSTER`,
    );
  });
  return {
    seeds,
    admin,
    close: async () => {
      await admin.del(...keys).catch(() => undefined);
      admin.disconnect();
    },
  };
}

async function run(options: SuiteOptions): Promise<SuiteResult> {
  const f = await openFixture();
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const launch = { args: ["--redis-url", f.redisUrl], services: [SERVICE], devKeyFile: f.devKey.devKeyFile };
    const startup = await startupFigures(launch, SERVICE);

    const profileDir = profileDirFor(options.profile);
    const sidecar = await launchSidecar({ ...launch, cpuProfileDir: profileDir });
    stops.push(sidecar.stop);
    await warmUp(sidecar.address, f.devKey.token);
    await sleep(IDLE_MS, undefined, { signal: interrupted });
    const idleRss = processMemoryMiB(sidecar.pid, "VmRSS") ?? Number.NaN;

    const others = [redisSampler(f.admin), machineSampler()];
    const targets = [grpcTarget({ name: "sidecar", ...sidecar }, SERVICE, f.devKey.token, REQUEST_OF, others)];
    if (!options.profile) {
      const echo = await startEcho({ service: SERVICE, responses: ECHO_RESPONSES });
      stops.push(echo.stop);
      targets.unshift(grpcTarget({ name: "echo", ...echo }, SERVICE, f.devKey.token, REQUEST_OF, others));
      targets.push(directTarget(f.redisUrl, f.directKeys, others));
    }
    if (options.cluster) {
      // The same suite on a Redis Cluster, beside the single server, in the same rounds.
      const cluster = await openCluster(f);
      stops.push(cluster.close);
      const onCluster = await launchSidecar({ ...launch, args: ["--redis-cluster", cluster.seeds] });
      stops.push(onCluster.stop);
      await warmUp(onCluster.address, f.devKey.token);
      const target = { name: "sidecar (cluster)", ...onCluster };
      targets.push(grpcTarget(target, SERVICE, f.devKey.token, REQUEST_OF, [machineSampler()]));
    }
    const rows = await runMatrix(OPERATIONS, CONCURRENCIES, targets, options);
    const peakRss = processMemoryMiB(sidecar.pid, "VmHWM") ?? Number.NaN;
    await sidecar.stop(); // a clean exit is what makes node write the profile
    return {
      ...profiledParts("redis", profileDir),
      rows,
      summary: headlines(rows, idleRss, peakRss, startup),
      notes: notes(options, profileDir),
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await closeFixture(f);
  }
}

export const suite: Suite = { name: "redis", run };
