/**
 * Starts the real sidecar as a process from its CLI, on free ports, and stops it. Output is kept
 * so tests can read audit events and logs.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { SIDECAR_BIN } from "./paths";
import { freePorts } from "./ports";

export interface SidecarProcess {
  readonly address: string;
  readonly adminUrl: string;
  readonly devKeyFile: string;
  readonly child: ChildProcess;
  /** Everything the process printed on stdout (logs and audit JSON lines). */
  output(): string;
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  token(org: string, user: string, ttl?: string): Promise<string>;
}

export interface StartOptions {
  args?: string[];
  env?: Record<string, string>;
  /** Defaults to `--dev` with a temporary dev key, so tests mint tokens with `token()`. */
  dev?: boolean;
  redisUrl?: string;
  /** Seed nodes of a Redis Cluster: the sidecar gets --redis-cluster instead of --redis-url. */
  redisCluster?: string;
  waitReady?: boolean;
}

export async function startSidecar(options: StartOptions = {}): Promise<SidecarProcess> {
  const [port, adminPort] = await freePorts(2);
  const devKeyFile = join(mkdtempSync(join(tmpdir(), "isa-dev-key-")), "dev-key.json");
  const args = [
    SIDECAR_BIN,
    "serve",
    "--listen",
    `127.0.0.1:${port}`,
    "--admin-listen",
    `127.0.0.1:${adminPort}`,
    "--dev-key-file",
    devKeyFile,
    ...(options.redisCluster
      ? ["--redis-cluster", options.redisCluster]
      : ["--redis-url", options.redisUrl ?? "redis://127.0.0.1:6379"]),
    "--grace-period",
    "5s",
    ...(options.dev === false ? [] : ["--dev"]),
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: "info", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => {
    stdout += d;
  });
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  const proc: SidecarProcess = {
    address: `127.0.0.1:${port}`,
    adminUrl,
    devKeyFile,
    child,
    output: () => stdout,
    stderr: () => stderr,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    token: (org, user, ttl = "1h") => mintToken(devKeyFile, org, user, ttl),
  };
  if (options.waitReady !== false) await waitReady(proc, exited);
  return proc;
}

async function waitReady(proc: SidecarProcess, exited: Promise<number | null>): Promise<void> {
  let done = false;
  void exited.then(() => {
    done = true;
  });
  for (let i = 0; i < 200; i++) {
    if (done) throw new Error(`sidecar exited before ready: ${proc.stderr()}${proc.output()}`);
    try {
      const res = await request(`${proc.adminUrl}/readyz`, { headersTimeout: 2000, bodyTimeout: 2000 });
      await res.body.dump();
      if (res.statusCode === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await proc.stop("SIGKILL");
  throw new Error(`sidecar not ready after 10 s: ${proc.stderr()}`);
}

/** Waits until the given service reports SERVING on /readyz (its backend is connected). */
export async function waitServing(proc: SidecarProcess, service: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await request(`${proc.adminUrl}/readyz`, { headersTimeout: 2000, bodyTimeout: 2000 });
    const body = (await res.body.json()) as { services: Record<string, string> };
    if (body.services[service] === "SERVING") return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${service} not SERVING after ${timeoutMs} ms`);
}

export function mintToken(devKeyFile: string, org: string, user: string, ttl = "1h"): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [SIDECAR_BIN, "token", "--org", org, "--user", user, "--ttl", ttl, "--dev-key-file", devKeyFile],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.once("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`token failed: ${err}`))));
  });
}
