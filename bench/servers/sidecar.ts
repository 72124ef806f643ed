/**
 * The sidecar under test: the real CLI in its own process, exactly as deployed (audit on, to
 * /dev/null), on free ports, timed from spawn to SERVING.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SIDECAR_BIN } from "../../test/helpers/paths";
import { freePorts } from "../../test/helpers/ports";
import { mintToken } from "../../test/helpers/sidecar";
import { timeToServing } from "../load/health-probe";
import { stopChild, track } from "../processes";

export interface BenchSidecar {
  readonly address: string;
  /** The admin server (/metrics, /readyz). */
  readonly adminUrl: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** Milliseconds from spawn to the first SERVING of each service waited for ("" = the sidecar). */
  readonly servingMs: Record<string, number>;
  stop(): Promise<number | null>;
}

export interface SidecarLaunch {
  /** Service-specific flags, e.g. ["--redis-url", url]. */
  args: string[];
  /** Services whose SERVING is timed after the sidecar's own, e.g. ["isa.redis.RedisService"]. */
  services: string[];
  devKeyFile: string;
  /** When set, node writes a .cpuprofile of the sidecar there on exit. */
  cpuProfileDir?: string;
}

export interface DevKey {
  devKeyFile: string;
  token: string;
  remove(): void;
}

/** A dev key in a fresh temporary directory; minting the first token creates it before any start is timed. */
export async function devKeyWithToken(org: string, user: string): Promise<DevKey> {
  const dir = mkdtempSync(join(tmpdir(), "isa-bench-key-"));
  const devKeyFile = join(dir, "dev-key.json");
  const token = await mintToken(devKeyFile, org, user, "2h");
  return { devKeyFile, token, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchSidecar(o: SidecarLaunch): Promise<BenchSidecar> {
  const [port, adminPort] = await freePorts(2);
  const address = `127.0.0.1:${port}`;
  const nodeFlags = [
    ...(o.cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", o.cpuProfileDir] : []),
    // A/B runs of node's own flags, e.g. BENCH_NODE_FLAGS="--max-semi-space-size=1".
    ...(process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter((a) => a !== ""),
  ];
  const args = [
    ...nodeFlags,
    SIDECAR_BIN,
    "serve",
    "--dev",
    "--dev-key-file",
    o.devKeyFile,
    "--listen",
    address,
    "--admin-listen",
    `127.0.0.1:${adminPort}`,
    "--log-level",
    "warn",
    ...o.args,
    // A/B runs: extra flags for the sidecar, e.g. BENCH_SIDECAR_ARGS="--postgres-statement-cache 0".
    ...(process.env.BENCH_SIDECAR_ARGS ?? "").split(/\s+/).filter((a) => a !== ""),
  ];
  const since = process.hrtime.bigint();
  // Audit JSON lines go to stdout, here /dev/null: written like in production, read by no one.
  // A profile of the bundle would name minified functions: profiled runs use dist/ as compiled.
  const env = o.cpuProfileDir ? { ...process.env, ISA_SIDECAR_NO_BUNDLE: "1" } : process.env;
  const child = track(spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env }));
  let stderr = "";
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const gaveUp = () =>
    child.exitCode !== null || child.signalCode !== null ? `sidecar exited before SERVING: ${stderr}` : undefined;
  try {
    const servingMs = await timeToServing({
      address,
      services: ["", ...o.services],
      since,
      pollMs: 2,
      timeoutMs: 15_000,
      gaveUp,
    });
    const adminUrl = `http://127.0.0.1:${adminPort}`;
    return { address, adminUrl, child, pid: child.pid!, servingMs, stop: () => stopChild(child, 10_000) };
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  }
}
