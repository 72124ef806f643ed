/**
 * A private 3-node NATS cluster for tests: routes on loopback, JetStream on each node with its own
 * store folder, free ports. Readiness is read from the servers' monitoring endpoints (routes up,
 * a JetStream meta leader elected), never waited out.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { freePorts } from "./ports";
import { until } from "./redis-cluster";

const NATS_SERVER_BIN = "/usr/sbin/nats-server";

export interface NatsClusterNode {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  readonly monitorUrl: string;
  child?: ChildProcess;
}

export interface PrivateNatsCluster {
  readonly nodes: readonly NatsClusterNode[];
  /** Every node's client URL, comma-separated, as --nats-url takes them. */
  readonly urls: string;
  /** The live node a connection of this name (the sidecar's is "isa-sidecar") is connected to. */
  connectedTo(name?: string): Promise<NatsClusterNode | undefined>;
  kill(node: NatsClusterNode): Promise<void>;
  /** Live nodes see each other and agree on a JetStream meta leader. */
  waitReady(): Promise<void>;
  dispose(): Promise<void>;
}

const alive = (n: NatsClusterNode) => n.child !== undefined && n.child.exitCode === null && n.child.signalCode === null;

async function monitor<T>(node: NatsClusterNode, path: string): Promise<T> {
  const res = await request(`${node.monitorUrl}${path}`, { headersTimeout: 2000, bodyTimeout: 2000 });
  return (await res.body.json()) as T;
}

export async function startNatsCluster(): Promise<PrivateNatsCluster> {
  const dir = mkdtempSync(join(tmpdir(), "isa-nats-cluster-"));
  const specs = [];
  // Client, monitoring and route ports of the three nodes, all distinct.
  const ports = await freePorts(9);
  for (let i = 0; i < 3; i++) {
    const [port, monitor, route] = ports.slice(3 * i, 3 * i + 3);
    specs.push({ name: `n${i}`, port, monitor, route });
  }
  const routes = specs.map((s) => `nats://127.0.0.1:${s.route}`).join(",");
  const nodes: NatsClusterNode[] = specs.map((s) => ({
    name: s.name,
    port: s.port,
    url: `nats://127.0.0.1:${s.port}`,
    monitorUrl: `http://127.0.0.1:${s.monitor}`,
    child: spawn(
      NATS_SERVER_BIN,
      [
        ...["-a", "127.0.0.1", "-p", String(s.port), "-m", String(s.monitor), "-n", s.name],
        ...["-js", "-sd", join(dir, s.name), "--cluster_name", "isa"],
        ...["--cluster", `nats://127.0.0.1:${s.route}`, "--routes", routes],
      ],
      { stdio: "ignore" },
    ),
  }));
  const killAll = () => {
    for (const n of nodes) if (alive(n)) n.child!.kill("SIGKILL");
  };
  process.once("exit", killAll);
  const self: PrivateNatsCluster = {
    nodes,
    urls: nodes.map((n) => n.url).join(","),
    async connectedTo(name = "isa-sidecar") {
      for (const node of nodes.filter(alive)) {
        const connz = await monitor<{ connections?: { name?: string }[] }>(node, "/connz?limit=1024");
        if ((connz.connections ?? []).some((c) => c.name === name)) return node;
      }
      return undefined;
    },
    async kill(node) {
      if (!alive(node)) return;
      const exited = new Promise((r) => node.child!.once("exit", r));
      node.child!.kill("SIGKILL");
      await exited;
    },
    async waitReady() {
      const live = nodes.filter(alive);
      await until("NATS routes and a JetStream meta leader", async () => {
        for (const node of live) {
          const routez = await monitor<{ num_routes: number }>(node, "/routez");
          const jsz = await monitor<{ meta_cluster?: { leader?: string } }>(node, "/jsz");
          // nats-server opens a route each way at first: at least one per other node.
          if (routez.num_routes < live.length - 1 || !jsz.meta_cluster?.leader) return false;
        }
        return true;
      });
    },
    async dispose() {
      process.off("exit", killAll);
      await Promise.all(nodes.map((n) => self.kill(n)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await self.waitReady();
  } catch (err) {
    await self.dispose();
    throw err;
  }
  return self;
}
