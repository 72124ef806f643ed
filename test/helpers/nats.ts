/**
 * NATS for tests: the shared nats-server with JetStream at 127.0.0.1:4222, a private nats-server on
 * its own port and data directory (for tests that stop and restart it), a sidecar serving NATS,
 * and the clean-up of everything an organization created.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { connect as tcpConnect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as natsConnect } from "nats";
import { request } from "undici";
import { orgToken } from "../../sidecar/tenancy";
import { connect as grpcConnect, type Message, type TestClient } from "./client";
import { freePorts } from "./ports";
import { type SidecarProcess, startSidecar, waitServing } from "./sidecar";

export const SHARED_NATS_URL = "nats://127.0.0.1:4222";
export const NATS_SERVICE = "isa.nats.NATSService";
const NATS_SERVER_BIN = "/usr/sbin/nats-server";

export interface PrivateNatsServer {
  readonly url: string;
  readonly dataDir: string;
  /** Its HTTP monitoring endpoint (/connz, /varz), for what the server itself sees. */
  readonly monitorUrl: string;
  /** Stops the server (SIGTERM, then waits for the exit); its data directory stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
  /** Stops it for good and removes its data directory. */
  dispose(): Promise<void>;
}

function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = tcpConnect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nats-server not listening on ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** A nats-server with JetStream (file storage in a temporary directory) on a free port. */
export async function startPrivateNatsServer(): Promise<PrivateNatsServer> {
  const [port, monitorPort] = await freePorts(2);
  const dataDir = mkdtempSync(join(tmpdir(), "isa-nats-"));
  let child: ChildProcess | undefined;
  const start = async () => {
    const args = ["-a", "127.0.0.1", "-p", String(port), "-m", String(monitorPort), "-js", "-sd", dataDir];
    child = spawn(NATS_SERVER_BIN, args, { stdio: "ignore" });
    await waitForPort(port);
    await waitForPort(monitorPort);
  };
  const stop = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const exited = new Promise((resolve) => c.once("exit", resolve));
    c.kill("SIGTERM");
    await exited;
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    dataDir,
    monitorUrl: `http://127.0.0.1:${monitorPort}`,
    stop,
    start,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * How many subscriptions the server holds for the connections of this name (the sidecar connects
 * as "isa-sidecar"): what a leaked subscription or iterator shows up as, independent of timing.
 */
export async function serverSubscriptions(server: PrivateNatsServer, name = "isa-sidecar"): Promise<number> {
  const res = await request(`${server.monitorUrl}/connz?subs=1&limit=1024`);
  const body = (await res.body.json()) as { connections?: { name?: string; subscriptions: number }[] };
  return (body.connections ?? []).filter((c) => c.name === name).reduce((sum, c) => sum + c.subscriptions, 0);
}

/** A sidecar serving NATS from `natsUrl`, ready once NATS is SERVING. */
export async function startNatsSidecar(natsUrl = SHARED_NATS_URL, args: string[] = []): Promise<SidecarProcess> {
  const proc = await startSidecar({ args: ["--nats-url", natsUrl, ...args] });
  await waitServing(proc, NATS_SERVICE);
  return proc;
}

export interface OrgClient extends TestClient {
  readonly org: string;
  readonly user: string;
}

/** A client of the NATS service for a fresh organization (or the one given) and user. */
export async function natsClient(
  proc: SidecarProcess,
  org = `org-${randomUUID()}`,
  user = "alice",
): Promise<OrgClient> {
  const client = grpcConnect(proc.address, NATS_SERVICE, await proc.token(org, user));
  return Object.assign(client, { org, user });
}

/**
 * Deletes every stream, KV bucket and object store of these organizations, straight on NATS
 * (the contract has no call to delete a KV bucket or an object store).
 */
export async function deleteOrgJetStream(orgs: string[], natsUrl = SHARED_NATS_URL): Promise<void> {
  const nc = await natsConnect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    const prefixes = orgs.flatMap((org) => {
      const p = `${orgToken(org)}_`;
      return [p, `KV_${p}`, `OBJ_${p}`];
    });
    const names: string[] = [];
    for await (const name of jsm.streams.names()) if (prefixes.some((p) => name.startsWith(p))) names.push(name);
    await Promise.all(names.map((name) => jsm.streams.delete(name)));
  } finally {
    await nc.close();
  }
}

const PROBE = "__probe__";

/**
 * Everything a server stream delivers, kept from the moment it is opened (so nothing is missed
 * between two reads), and the status it ends with. Probe messages (see `untilSubscribed`) are
 * counted apart.
 */
export class Collector {
  readonly messages: Message[] = [];
  probes = 0;
  private cursor = 0;
  private waiters: (() => void)[] = [];
  /** The final status: the stream's error, or code 0 when it ends cleanly. */
  readonly ended: Promise<{ code: number; details: string }>;

  constructor(readonly stream: Message) {
    stream.on("data", (m: Message) => {
      if (m.data?.toString() === PROBE) this.probes++;
      else this.messages.push(m);
      this.wake();
    });
    this.ended = new Promise((resolve) => {
      stream.on("error", (err: { code: number; details: string }) => resolve({ code: err.code, details: err.details }));
      stream.on("status", (st: { code: number; details: string }) => {
        if (st.code === 0) resolve({ code: 0, details: st.details });
      });
    });
    void this.ended.then(() => this.wake());
  }

  /** The next `count` messages not read yet; rejects if the stream ends first. */
  async next(count: number): Promise<Message[]> {
    let ended = false;
    void this.ended.then(() => {
      ended = true;
    });
    while (this.messages.length - this.cursor < count) {
      if (ended) throw new Error(`stream ended after ${this.messages.length - this.cursor} of ${count} messages`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      await Promise.resolve();
    }
    const out = this.messages.slice(this.cursor, this.cursor + count);
    this.cursor += count;
    return out;
  }

  /** Waits until `predicate` holds over the collector's state. */
  async until(predicate: () => boolean): Promise<void> {
    while (!predicate()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** Polls until `predicate` holds (for conditions over several streams); fails after `timeoutMs`. */
export async function eventually(predicate: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Resolves once the stream's subscription is live on the NATS server, by publishing probes to
 * `subject` (a subject the subscription matches) until one arrives.
 */
export async function untilSubscribed(client: TestClient, collector: Collector, subject: string): Promise<void> {
  const before = collector.probes;
  const arrived = collector.until(() => collector.probes > before);
  let done = false;
  void arrived.then(() => {
    done = true;
  });
  for (let i = 0; i < 200 && !done; i++) {
    await client.call("Publish", { subject, data: Buffer.from(PROBE) });
    await Promise.race([arrived, new Promise((r) => setTimeout(r, 25))]);
  }
  await arrived;
}
