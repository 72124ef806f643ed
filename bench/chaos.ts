/**
 * `npm run chaos [-- --runs N] [-- redis|nats|postgres ...]`: for Redis, NATS and PostgreSQL, a
 * private backend is killed and restarted under load, N times, behind one sidecar. Per run it
 * prints the codes seen, the slowest call, the outage window (last OK before the kill to first OK
 * after it), the recovery time (restart to first OK) and, for NATS JetStream, acknowledged messages
 * lost: every PublishToStream answered OK must be in the stream afterwards with its data.
 * Exit code 1 when a message was lost, a call outlived its deadline by more than a second, or a
 * code other than OK / UNAVAILABLE / DEADLINE_EXCEEDED / CANCELLED was seen.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { status } from "@grpc/grpc-js";
import { connect as natsConnect } from "nats";
import { natsName } from "../sidecar/tenancy";
import { connect, type TestClient } from "../test/helpers/client";
import { startPrivateNatsServer } from "../test/helpers/nats";
import { postgresArgs, startPrivatePostgres } from "../test/helpers/postgres";
import { privateRedis } from "../test/helpers/redis";
import { interrupted, runMain } from "./processes";
import { devKeyWithToken, launchSidecar } from "./servers/sidecar";

const CONCURRENCY = 8;
const DEADLINE_MS = 2000;
const BEFORE_MS = 2000;
const DOWN_MS = 3000;
const AFTER_OK_MS = 2000;

interface Outcome {
  start: number;
  end: number;
  code: number;
}

/** What a backend run needs: the sidecar's flags, one call, kill and restart, and a final check. */
interface Target {
  name: string;
  service: string;
  args: string[];
  call(client: TestClient, i: number): Promise<unknown>;
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** After all runs: acked messages missing from the backend (NATS), else 0. */
  lost?(): Promise<number>;
  dispose(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const execFileAsync = promisify(execFile);
const alive = async (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Keeps CONCURRENCY loops of calls going until `stop` is set; records every call. */
function load(client: TestClient, target: Target, outcomes: Outcome[], stopped: () => boolean): Promise<void> {
  let next = 0;
  const loop = async () => {
    while (!stopped()) {
      const start = performance.now();
      const code = await target.call(client, next++).then(
        () => status.OK,
        (err: { code?: number }) => err.code ?? status.UNKNOWN,
      );
      outcomes.push({ start, end: performance.now(), code });
      // A failing backend answers at once: don't spin the CPU while it is down.
      if (code !== status.OK) await sleep(20);
    }
  };
  return Promise.all(Array.from({ length: CONCURRENCY }, loop)).then(() => undefined);
}

interface RunFigures {
  codes: Record<string, number>;
  slowestMs: number;
  outageMs: number;
  recoveryMs: number;
  overDeadline: number;
}

async function oneRun(client: TestClient, target: Target): Promise<RunFigures> {
  const outcomes: Outcome[] = [];
  let stop = false;
  const running = load(client, target, outcomes, () => stop);
  await sleep(BEFORE_MS);
  const killedAt = performance.now();
  await target.kill();
  await sleep(DOWN_MS);
  const restartedAt = performance.now();
  await target.restart();
  let firstOkAfter = Number.NaN;
  for (let waited = 0; waited < 60_000 && Number.isNaN(firstOkAfter); waited += 50) {
    interrupted.throwIfAborted();
    const ok = outcomes.find((o) => o.start >= restartedAt && o.code === status.OK);
    if (ok) firstOkAfter = ok.end;
    else await sleep(50);
  }
  await sleep(AFTER_OK_MS);
  stop = true;
  await running;
  const codes: Record<string, number> = {};
  for (const o of outcomes) codes[status[o.code] ?? o.code] = (codes[status[o.code] ?? o.code] ?? 0) + 1;
  const lastOkBefore = Math.max(...outcomes.filter((o) => o.code === status.OK && o.end <= killedAt).map((o) => o.end));
  return {
    codes,
    slowestMs: Math.max(...outcomes.map((o) => o.end - o.start)),
    outageMs: firstOkAfter - lastOkBefore,
    recoveryMs: firstOkAfter - restartedAt,
    overDeadline: outcomes.filter((o) => o.end - o.start > DEADLINE_MS + 1000).length,
  };
}

async function redisTarget(): Promise<Target> {
  const redis = await privateRedis();
  return {
    name: "redis",
    service: "isa.redis.RedisService",
    args: ["--redis-url", redis.url],
    call: (c, i) =>
      i % 2 === 0
        ? c.call("Set", { key: `chaos${i % 100}`, value: String(i) }, { deadlineMs: DEADLINE_MS })
        : c.call("Get", { key: `chaos${i % 100}` }, { deadlineMs: DEADLINE_MS }),
    kill: () => redis.stop(),
    restart: () => redis.start(),
    dispose: () => redis.dispose(),
  };
}

async function natsTarget(org: string): Promise<Target> {
  const server = await startPrivateNatsServer();
  const acked = new Map<number, string>();
  const stream = "chaos";
  return {
    name: "nats",
    service: "isa.nats.NATSService",
    args: ["--nats-url", server.url],
    call: async (c, i) => {
      if (i === 0 || acked.size === 0) {
        await c
          .call("CreateStream", { config: { name: stream, subjects: ["chaos.>"], storage: "STORAGE_FILE" } })
          .catch(() => undefined);
      }
      const id = `${i}-${randomUUID()}`;
      const ack = await c.call(
        "PublishToStream",
        { stream_name: stream, subject: "chaos.event", data: Buffer.from(id) },
        { deadlineMs: DEADLINE_MS },
      );
      acked.set(Number(ack.sequence), id);
    },
    kill: () => server.stop(),
    restart: () => server.start(),
    async lost() {
      const nc = await natsConnect({ servers: server.url });
      try {
        const jsm = await nc.jetstreamManager();
        let missing = 0;
        for (const [seq, id] of acked) {
          const m = await jsm.streams.getMessage(natsName(org, stream), { seq }).catch(() => undefined);
          if (!m || Buffer.from(m.data).toString() !== id) missing++;
        }
        console.log(`  nats: ${acked.size} PublishToStream answered OK, checked in the stream one by one`);
        return missing;
      } finally {
        await nc.close();
      }
    },
    dispose: () => server.dispose(),
  };
}

async function postgresTarget(): Promise<Target> {
  const pg = await startPrivatePostgres();
  return {
    name: "postgres",
    service: "isa.postgres.PostgresService",
    args: postgresArgs(pg.url),
    // Query takes a connection of its own; QueryRow shares one when all are taken (pipelining).
    call: (c, i) =>
      c.call(i % 2 ? "QueryRow" : "Query", { sql: `SELECT ${i % 1000} AS n` }, { deadlineMs: DEADLINE_MS }),
    // SIGQUIT to the postmaster is PostgreSQL's immediate shutdown: sessions die unannounced, as in
    // a crash, and the restart runs crash recovery. (pg_ctl would block this process while it waits.)
    kill: async () => {
      const { stdout } = await execFileAsync("pgrep", ["-f", `postgres -D .* -p ${pg.port} -k`]);
      const pid = Number(stdout.trim().split("\n")[0]);
      process.kill(pid, "SIGQUIT");
      while (await alive(pid)) await sleep(20);
    },
    restart: async () => pg.start(),
    dispose: async () => pg.destroy(),
  };
}

const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : "n/a");

async function main(argv: string[]): Promise<number> {
  const runsAt = argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
  const chosen = argv.filter((a, i) => !a.startsWith("-") && argv[i - 1] !== "--runs");
  const names = chosen.length > 0 ? chosen : ["redis", "nats", "postgres"];
  const org = `chaos-${randomUUID().slice(0, 8)}`;
  const key = await devKeyWithToken(org, "chaos");
  let failed = false;
  try {
    for (const name of names) {
      const target =
        name === "redis" ? await redisTarget() : name === "nats" ? await natsTarget(org) : await postgresTarget();
      const sidecar = await launchSidecar({
        args: target.args,
        services: [target.service],
        devKeyFile: key.devKeyFile,
      });
      const client = connect(sidecar.address, target.service, key.token);
      try {
        console.log(`${name}: ${runs} kill/restart runs, ${CONCURRENCY} calls in flight, deadline ${DEADLINE_MS} ms`);
        for (let run = 1; run <= runs; run++) {
          const f = await oneRun(client, target);
          const codes = Object.entries(f.codes)
            .map(([c, n]) => `${c} ${n}`)
            .join(", ");
          console.log(
            `  run ${run}: ${codes}; slowest ${fmt(f.slowestMs)}; outage ${fmt(f.outageMs)}; recovery ${fmt(f.recoveryMs)}`,
          );
          const unexpected = Object.keys(f.codes).filter(
            (c) => !["OK", "UNAVAILABLE", "DEADLINE_EXCEEDED", "CANCELLED"].includes(c),
          );
          if (unexpected.length > 0 || f.overDeadline > 0 || !Number.isFinite(f.recoveryMs)) failed = true;
        }
        if (target.lost) {
          const lost = await target.lost();
          console.log(`  acked messages lost: ${lost}`);
          if (lost > 0) failed = true;
        }
        console.log(`  sidecar still running: ${sidecar.child.exitCode === null && sidecar.child.signalCode === null}`);
      } finally {
        client.close();
        await sidecar.stop();
        await target.dispose();
      }
    }
  } finally {
    key.remove();
  }
  return failed ? 1 : 0;
}

runMain("chaos", main);
