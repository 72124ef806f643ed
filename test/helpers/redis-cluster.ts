/**
 * A private Redis Cluster for tests: 6 redis-server processes (3 masters, a replica each) on free
 * loopback ports with their data in a temporary folder, joined by `redis-cli --cluster create`.
 * Readiness is read from the cluster itself (CLUSTER INFO, INFO replication), never waited out.
 * Optionally with a password and/or TLS, as a production cluster would have them.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import Redis, { type RedisOptions } from "ioredis";
import { freePorts } from "./ports";
import { TestCa } from "./test-ca";

const run = promisify(execFile);

export interface ClusterNode {
  readonly port: number;
  child?: ChildProcess;
}

export interface RedisClusterOptions {
  /** requirepass on every node (and masterauth, so replicas can sync). */
  password?: string;
  /**
   * TLS only (no plain port): clients, the cluster bus and replication, with a certificate for
   * 127.0.0.1 signed by a throwaway CA (`caFile`). Clients are not asked for certificates.
   */
  tls?: boolean;
}

export interface PrivateRedisCluster {
  readonly nodes: readonly ClusterNode[];
  /** Seed nodes as --redis-cluster takes them: `127.0.0.1:port,...`. */
  readonly seeds: string;
  /** The CA that signed the nodes' certificate (PEM file), when started with `tls`. */
  readonly caFile?: string;
  /** Ports of the nodes that are masters with slots right now, as the live nodes see it. */
  masters(): Promise<number[]>;
  /** The port of the master serving a key's slot. */
  masterOf(key: string): Promise<number>;
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

async function ask<T>(options: RedisOptions, port: number, f: (r: Redis) => Promise<T>): Promise<T> {
  const r = new Redis({
    ...options,
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

interface Security {
  /** redis-server flags for the client port, the password and TLS. */
  serverArgs(port: number): string[];
  /** redis-cli flags and environment (the password goes in REDISCLI_AUTH, not on its command line). */
  cliArgs: string[];
  cliEnv: NodeJS.ProcessEnv;
  /** What the helper's own ioredis connections need. */
  clientOptions: RedisOptions;
  caFile?: string;
}

/** The password and TLS settings of every party; the certificate, one for all nodes on 127.0.0.1, is made in `dir`. */
function security(options: RedisClusterOptions, dir: string): Security {
  const auth = options.password ? ["--requirepass", options.password, "--masterauth", options.password] : [];
  const cliEnv = options.password ? { ...process.env, REDISCLI_AUTH: options.password } : process.env;
  if (!options.tls) {
    return {
      serverArgs: (port) => ["--port", String(port), ...auth],
      cliArgs: [],
      cliEnv,
      clientOptions: { password: options.password },
    };
  }
  const ca = new TestCa(join(dir, "tls"));
  const server = ca.issue("redis", "127.0.0.1", true);
  const tls = [
    ...["--tls-cluster", "yes", "--tls-replication", "yes", "--tls-auth-clients", "no"],
    ...["--tls-cert-file", server.certFile, "--tls-key-file", server.keyFile, "--tls-ca-cert-file", ca.caCert],
  ];
  return {
    serverArgs: (port) => ["--port", "0", "--tls-port", String(port), ...tls, ...auth],
    cliArgs: ["--tls", "--cacert", ca.caCert],
    cliEnv,
    clientOptions: { password: options.password, tls: { ca: readFileSync(ca.caCert) } },
    caFile: ca.caCert,
  };
}

/** A node could not listen: another process took a port between freePorts() and redis-server's bind. */
class PortTaken extends Error {}

/**
 * A small cluster-node-timeout (1 s), so a replica takes over within a few seconds of its
 * master's death, and no delay before a replica's first sync; every other setting is Redis's
 * default (full slot coverage required). A start that lost a port to another process (tests run
 * side by side) is made again on fresh ports, at most three times in all.
 */
export async function startRedisCluster(options: RedisClusterOptions = {}): Promise<PrivateRedisCluster> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (err) {
      if (!(err instanceof PortTaken) || attempt === 3) throw err;
    }
  }
}

async function startOnce(options: RedisClusterOptions): Promise<PrivateRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), "isa-redis-cluster-"));
  const nodes: ClusterNode[] = [];
  // Client and bus ports of the six nodes, all distinct.
  const ports = await freePorts(12);
  for (let i = 0; i < 6; i++) nodes.push({ port: ports[i] });
  let sec: Security;
  try {
    sec = security(options, dir);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  for (const [i, node] of nodes.entries()) {
    // The bus port is given explicitly: port + 10000 may not exist for an ephemeral port.
    const busPort = ports[6 + i];
    node.child = spawn(
      "redis-server",
      [
        ...["--bind", "127.0.0.1", "--cluster-enabled", "yes"],
        ...["--cluster-port", String(busPort), "--cluster-config-file", join(dir, `nodes-${node.port}.conf`)],
        ...["--cluster-node-timeout", "1000", "--save", "", "--appendonly", "no", "--dir", dir],
        ...["--dbfilename", `dump-${node.port}.rdb`, "--logfile", logFile(dir, node.port)],
        // A replica's first sync starts at once, not after the 5 s Redis waits for more replicas.
        ...["--repl-diskless-sync-delay", "0"],
        ...sec.serverArgs(node.port),
      ],
      { stdio: "ignore" },
    );
  }
  // A test process that dies without its after-hook still leaves no server behind.
  const killAll = () => {
    for (const n of nodes) if (alive(n)) n.child!.kill("SIGKILL");
  };
  process.once("exit", killAll);
  const query = <T>(port: number, f: (r: Redis) => Promise<T>) => ask(sec.clientOptions, port, f);
  const self: PrivateRedisCluster = {
    nodes,
    seeds: nodes.map((n) => `127.0.0.1:${n.port}`).join(","),
    caFile: sec.caFile,
    async masters() {
      const live = nodes.find(alive);
      if (!live) return [];
      const text = await query(live.port, (r) => r.cluster("NODES") as Promise<string>);
      return text
        .split("\n")
        .map((line) => line.split(" "))
        .filter((f) => f.length > 8 && f[2].includes("master") && !f[2].includes("fail"))
        .map((f) => Number(f[1].split(":")[1].split("@")[0]));
    },
    async masterOf(key) {
      const live = nodes.find(alive);
      if (!live) throw new Error("no live node");
      type Ranges = [number, number, [string, number]][];
      const slot = Number(await query(live.port, (r) => r.cluster("KEYSLOT", key) as Promise<number>));
      const ranges = await query(live.port, (r) => r.cluster("SLOTS") as unknown as Promise<Ranges>);
      const range = ranges.find(([from, to]) => slot >= from && slot <= to);
      if (!range) throw new Error(`no master serves slot ${slot}`);
      return range[2][1];
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
            const info = await query(node.port, (r) => r.cluster("INFO") as Promise<string>);
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
    for (const node of nodes) {
      // A node that exited (a port taken) is known at once, not after the timeout.
      await until(
        `redis-server on ${node.port}`,
        async () => !alive(node) || (await query(node.port, (r) => r.ping())) === "PONG",
      );
      if (!alive(node)) throw new Error(`redis-server on ${node.port} exited`);
    }
    await run(
      "redis-cli",
      [...sec.cliArgs, "--cluster", "create", ...self.seeds.split(","), "--cluster-replicas", "1", "--cluster-yes"],
      // A cluster that cannot form (nodes that cannot meet) fails the start instead of hanging it.
      { env: sec.cliEnv, timeout: 30_000 },
    );
    await self.waitOk();
    // A failover needs replicas in sync: wait until every replica's link to its master is up.
    await until("replicas in sync", async () => {
      let replicas = 0;
      for (const node of nodes) {
        const info = await query(node.port, (r) => r.info("replication"));
        if (info.includes("role:slave")) {
          if (!info.includes("master_link_status:up")) return false;
          replicas++;
        }
      }
      return replicas === 3;
    });
  } catch (err) {
    const why = startFailure(err, dir, nodes);
    await self.dispose();
    throw why;
  }
  return self;
}

const logFile = (dir: string, port: number) => join(dir, `redis-${port}.log`);

/** A failed start, with what redis-cli printed and the end of every node's log (the folder is about to go). */
function startFailure(err: unknown, dir: string, nodes: ClusterNode[]): Error {
  const e = err as Error & { stdout?: string; stderr?: string };
  const parts = [`Redis Cluster did not start: ${e.message}`];
  if (e.stdout || e.stderr) parts.push(`redis-cli:\n${e.stdout ?? ""}${e.stderr ?? ""}`.trimEnd());
  let portTaken = false;
  for (const node of nodes) {
    const file = logFile(dir, node.port);
    const log = existsSync(file) ? readFileSync(file, "utf8") : "(no log)";
    portTaken ||= !alive(node) && log.includes("Address already in use");
    parts.push(`node ${node.port} (exit ${node.child?.exitCode ?? "-"}):\n${log.split("\n").slice(-15).join("\n")}`);
  }
  return new (portTaken ? PortTaken : Error)(parts.join("\n\n"));
}
