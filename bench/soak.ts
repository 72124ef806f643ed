/**
 * `npm run soak [-- --minutes N]` (default 30): one sidecar serving Redis, NATS and PostgreSQL
 * (the shared backends, or BENCH_REDIS_URL / BENCH_NATS_URL / BENCH_PG_URL) under a steady mixed
 * load (Redis Set/Get, NATS Publish and PublishToStream, PostgreSQL Query and QueryRow) for N minutes. Every
 * 15 s it prints RSS (from /proc) and the JS heap (the sidecar's /metrics). At the end: RSS growth
 * per minute in the first and last third of the run, and whether RSS levelled off (the last
 * third grows less than 0.25 MiB/min; a run of a few minutes is mostly warm-up and rarely does).
 * Exit code 1 when a call failed.
 */
import { randomUUID } from "node:crypto";
import { request } from "undici";
import { connect, type TestClient } from "../test/helpers/client";
import { SHARED_NATS_URL } from "../test/helpers/nats";
import { dropOrgs, postgresArgs, SHARED_PG_URL } from "../test/helpers/postgres";
import { processMemoryMiB } from "./load/proc-stats";
import { interrupted, runMain } from "./processes";
import { devKeyWithToken, launchSidecar } from "./servers/sidecar";

const SAMPLE_MS = 15_000;
/** RSS growth in the last third below which it has levelled off. */
const LEVEL_MIB_PER_MIN = 0.25;
/** Calls in flight: a steady load, well under what the machine can do, so the soak measures memory, not CPU. */
const CONCURRENCY = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sample {
  minute: number;
  rssMiB: number;
  heapMiB: number;
  calls: number;
}

async function heapMiB(adminUrl: string): Promise<number> {
  const res = await request(`${adminUrl}/metrics`);
  const text = await res.body.text();
  const m = /^nodejs_heap_used_bytes (\d+)/m.exec(text);
  return m ? Number(m[1]) / 1024 / 1024 : Number.NaN;
}

/** Least-squares slope of RSS over minutes: growth per minute, robust to one noisy sample. */
function slope(samples: Sample[]): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const mx = samples.reduce((s, p) => s + p.minute, 0) / n;
  const my = samples.reduce((s, p) => s + p.rssMiB, 0) / n;
  const num = samples.reduce((s, p) => s + (p.minute - mx) * (p.rssMiB - my), 0);
  const den = samples.reduce((s, p) => s + (p.minute - mx) ** 2, 0);
  return num / den;
}

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf("--minutes");
  const minutes = at >= 0 ? Number(argv[at + 1]) : 30;
  if (!(minutes > 0)) throw new Error("--minutes must be a positive number");
  const org = `soak-${randomUUID().slice(0, 8)}`;
  const key = await devKeyWithToken(org, "soak");
  const sidecar = await launchSidecar({
    args: [
      "--redis-url",
      process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379",
      "--nats-url",
      process.env.BENCH_NATS_URL ?? SHARED_NATS_URL,
      // Two connections for four workers: QueryRow calls then share them now and then (pipelining).
      ...postgresArgs(process.env.BENCH_PG_URL ?? SHARED_PG_URL, [
        "--postgres-pool-size",
        "2",
        "--postgres-max-tx-per-org",
        "1",
      ]),
    ],
    services: ["isa.redis.RedisService", "isa.nats.NATSService", "isa.postgres.PostgresService"],
    devKeyFile: key.devKeyFile,
  });
  const redis = connect(sidecar.address, "isa.redis.RedisService", key.token);
  const nats = connect(sidecar.address, "isa.nats.NATSService", key.token);
  const pg = connect(sidecar.address, "isa.postgres.PostgresService", key.token);
  // A stream bounded in messages, so the soak does not fill the shared NATS's disk.
  await nats.call("CreateStream", { config: { name: "soak", subjects: ["soak.>"], max_msgs: 10_000 } });
  let calls = 0;
  let failures = 0;
  let stop = false;
  const one = async (c: TestClient, method: string, req: object) => {
    try {
      await c.call(method, req);
      calls++;
    } catch (err) {
      if (failures++ < 5) console.log(`  ${method} failed: ${(err as Error).message}`);
    }
  };
  const loop = async (worker: number) => {
    for (let i = 0; !stop; i++) {
      const k = `soak${worker}-${i % 1000}`;
      await one(redis, "Set", { key: k, value: "x".repeat(100 + (i % 900)) });
      await one(redis, "Get", { key: k });
      await one(nats, "Publish", { subject: `soak.core.${worker}`, data: Buffer.from(k) });
      await one(nats, "PublishToStream", { stream_name: "soak", subject: "soak.event", data: Buffer.from(k) });
      await one(pg, "Query", { sql: "SELECT $1::text AS k, now() AS t", params: [{ string_value: k }] });
      await one(pg, "QueryRow", { sql: "SELECT $1::text AS k, now() AS t", params: [{ string_value: k }] });
    }
  };
  const started = performance.now();
  const workers = Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => loop(w)));
  const samples: Sample[] = [];
  console.log(
    `soak: ${minutes} min, ${CONCURRENCY} workers (Redis, NATS, PostgreSQL), sample every ${SAMPLE_MS / 1000} s`,
  );
  console.log("  minute   RSS MiB  heap MiB     calls");
  try {
    while (performance.now() - started < minutes * 60_000) {
      await sleep(Math.min(SAMPLE_MS, minutes * 60_000 - (performance.now() - started)));
      interrupted.throwIfAborted();
      const s: Sample = {
        minute: (performance.now() - started) / 60_000,
        rssMiB: processMemoryMiB(sidecar.pid, "VmRSS") ?? Number.NaN,
        heapMiB: await heapMiB(sidecar.adminUrl),
        calls,
      };
      samples.push(s);
      console.log(
        `  ${s.minute.toFixed(2).padStart(6)}  ${s.rssMiB.toFixed(1).padStart(8)}  ${s.heapMiB.toFixed(1).padStart(8)}  ${String(s.calls).padStart(8)}`,
      );
    }
  } finally {
    stop = true;
    await workers;
    // Leaves nothing behind on the shared backends.
    await nats.call("DeleteStream", { stream_name: "soak" }).catch(() => undefined);
    for (let w = 0; w < CONCURRENCY; w++) {
      const keys = Array.from({ length: 1000 }, (_, i) => `soak${w}-${i}`);
      await redis.call("DeleteMultiple", { keys }).catch(() => undefined);
    }
    for (const c of [redis, nats, pg]) c.close();
    await sidecar.stop();
    await dropOrgs([org], process.env.BENCH_PG_URL ?? SHARED_PG_URL).catch(() => undefined);
    key.remove();
  }
  const third = Math.max(2, Math.floor(samples.length / 3));
  const first = slope(samples.slice(0, third));
  const last = slope(samples.slice(-third));
  // An absolute bound: the creep was ~1 MiB/min; a warm-up's growth says nothing about a leak.
  const levelled = last < LEVEL_MIB_PER_MIN;
  console.log(
    `RSS growth: first third ${first.toFixed(2)} MiB/min, last third ${last.toFixed(2)} MiB/min; ` +
      `levels off: ${levelled ? "yes" : "no"}; peak ${Math.max(...samples.map((s) => s.rssMiB)).toFixed(1)} MiB; ` +
      `${calls} calls OK, ${failures} failed`,
  );
  return failures > 0 ? 1 : 0;
}

runMain("soak", main);
