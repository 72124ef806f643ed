/**
 * A private Redis Cluster for tests: 6 redis-server processes (3 masters, a replica each) on free
 * loopback ports with their data in a temporary folder, joined by `redis-cli --cluster create`.
 * Readiness is read from the cluster itself (CLUSTER INFO, INFO replication), never waited out.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import Redis from "ioredis";
import { freePorts } from "./ports";

const run = promisify(execFile);

export interface ClusterNode {
  readonly port: number;
  child?: ChildProcess;
}

export interface PrivateRedisCluster {
  readonly nodes: readonly ClusterNode[];
  /** Seed nodes as --redis-cluster takes them: `127.0.0.1:port,...`. */
  readonly seeds: string;
  /** Ports of the nodes that are masters with slots right now, as the live nodes see it. */
  masters(): Promise<number[]>;
  /** kill -9 of one node. */
  kill(port: number): Promise<void>;
  /** Resolves when every live node reports cluster_state:ok and every slot has a live master. */
  waitOk(timeoutMs?: number): Promise<void>;
  /** Stops every node and removes the data folder. */
  dispose(): Promise<void>;
}

/** Polls `check` (a read of cluster state) until it is true; fails naming `what` after the timeout. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function ask<T>(port: number, f: (r: Redis) => Promise<T>): Promise<T> {
  const r = new Redis({
    port,
    host: "127.0.0.1",
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  r.on("error", () => undefined);
  try {
    await r.connect();
    return await f(r);
  } finally {
    r.disconnect();
  }
}

const alive = (n: ClusterNode) => n.child !== undefined && n.child.exitCode === null && n.child.signalCode === null;

/**
 * A small cluster-node-timeout (1 s), so a replica takes over within a few seconds of its
 * master's death; every other setting is Redis's default (full slot coverage required).
 */
export async function startRedisCluster(): Promise<PrivateRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), "isa-redis-cluster-"));
  const nodes: ClusterNode[] = [];
  // Client and bus ports of the six nodes, all distinct.
  const ports = await freePorts(12);
  for (let i = 0; i < 6; i++) nodes.push({ port: ports[i] });
  for (const [i, node] of nodes.entries()) {
    // The bus port is given explicitly: port + 10000 may not exist for an ephemeral port.
    const busPort = ports[6 + i];
    node.child = spawn(
      "redis-server",
      [
        ...["--port", String(node.port), "--bind", "127.0.0.1", "--cluster-enabled", "yes"],
        ...["--cluster-port", String(busPort), "--cluster-config-file", join(dir, `nodes-${node.port}.conf`)],
        ...["--cluster-node-timeout", "1000", "--save", "", "--appendonly", "no", "--dir", dir],
        ...["--dbfilename", `dump-${node.port}.rdb`],
      ],
      { stdio: "ignore" },
    );
  }
  // A test process that dies without its after-hook still leaves no server behind.
  const killAll = () => {
    for (const n of nodes) if (alive(n)) n.child!.kill("SIGKILL");
  };
  process.once("exit", killAll);
  const self: PrivateRedisCluster = {
    nodes,
    seeds: nodes.map((n) => `127.0.0.1:${n.port}`).join(","),
    async masters() {
      const live = nodes.find(alive);
      if (!live) return [];
      const text = await ask(live.port, (r) => r.cluster("NODES") as Promise<string>);
      return text
        .split("\n")
        .map((line) => line.split(" "))
        .filter((f) => f.length > 8 && f[2].includes("master") && !f[2].includes("fail"))
        .map((f) => Number(f[1].split(":")[1].split("@")[0]));
    },
    async kill(port) {
      const node = nodes.find((n) => n.port === port);
      if (!node?.child || !alive(node)) return;
      const exited = new Promise((r) => node.child!.once("exit", r));
      node.child.kill("SIGKILL");
      await exited;
    },
    async waitOk(timeoutMs = 30_000) {
      await until(
        "cluster_state:ok on every live node",
        async () => {
          for (const node of nodes.filter(alive)) {
            const info = await ask(node.port, (r) => r.cluster("INFO") as Promise<string>);
            if (!info.includes("cluster_state:ok") || !info.includes("cluster_slots_ok:16384")) return false;
          }
          return true;
        },
        timeoutMs,
      );
    },
    async dispose() {
      process.off("exit", killAll);
      await Promise.all(nodes.map((n) => self.kill(n.port)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    for (const node of nodes)
      await until(`redis-server on ${node.port}`, () => ask(node.port, (r) => r.ping()).then(() => true));
    await run("redis-cli", [
      "--cluster",
      "create",
      ...self.seeds.split(","),
      "--cluster-replicas",
      "1",
      "--cluster-yes",
    ]);
    await self.waitOk();
    // A failover needs replicas in sync: wait until every replica's link to its master is up.
    await until("replicas in sync", async () => {
      let replicas = 0;
      for (const node of nodes) {
        const info = await ask(node.port, (r) => r.info("replication"));
        if (info.includes("role:slave")) {
          if (!info.includes("master_link_status:up")) return false;
          replicas++;
        }
      }
      return replicas === 3;
    });
  } catch (err) {
    await self.dispose();
    throw err;
  }
  return self;
}
