/**
 * Where the sidecar's CPU time goes: self time per function from a V8 .cpuprofile (node --cpu-prof),
 * and the same summed per package, so the costly layer of a call stands out.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  ms: number;
  percent: number;
}

/** The file part of a profile URL, shortened to the part a reader recognises. */
function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, "");
  const inModules = path.lastIndexOf("node_modules/");
  if (inModules >= 0) return path.slice(inModules + "node_modules/".length);
  const inRepo = path.indexOf("/dist/");
  return inRepo >= 0 ? path.slice(inRepo + 1) : path;
}

const isNative = (f: CallFrame) => f.url === "" && !f.functionName.startsWith("(");

function label(f: CallFrame): string {
  return `${f.functionName || "(anonymous)"}${f.url ? ` ${shortUrl(f.url)}:${f.lineNumber + 1}` : ""}`;
}

/**
 * Names each sampled node and picks the package it is charged to. A native function (a Buffer
 * write, a syscall) is named with its nearest JavaScript caller; the package is that of the nearest
 * frame outside Node itself, so a socket write made for ioredis counts for ioredis, and node's
 * http2 work done for grpc-js counts for grpc-js. Time with no such caller stays with Node.
 */
function attribution(profile: CpuProfile): Map<number, { name: string; owner: CallFrame }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const nearest = (from: ProfileNode, skip: (f: CallFrame) => boolean) => {
    let node: ProfileNode | undefined = from;
    while (node && skip(node.callFrame)) node = byId.get(parent.get(node.id) ?? -1);
    return node ?? from; // up to the root without a match: the frame keeps its own place
  };
  const inNode = (f: CallFrame) => isNative(f) || f.url.startsWith("node:") || f.functionName === "(root)";
  const result = new Map<number, { name: string; owner: CallFrame }>();
  for (const n of profile.nodes) {
    const caller = nearest(n, isNative);
    const name = caller === n ? label(n.callFrame) : `${label(n.callFrame)} ← ${label(caller.callFrame)}`;
    result.set(n.id, { name, owner: nearest(n, inNode).callFrame });
  }
  return result;
}

/** The package (or layer) a frame belongs to: an npm package, node internals, the sidecar, or V8 itself. */
function packageOf({ functionName, url }: CallFrame): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const short = shortUrl(url);
  if (short.startsWith("@")) return short.split("/").slice(0, 2).join("/");
  if (short.startsWith("dist/")) return short.split("/").slice(0, 2).join("/");
  return url.includes("node_modules/") ? short.split("/")[0] : short;
}

function rank(times: Map<string, number>, total: number, top: number): SelfTime[] {
  return [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, ms: us / 1000, percent: (100 * us) / total }));
}

export interface ProfileSummary {
  functions: SelfTime[];
  packages: SelfTime[];
  busyMs: number;
  idleMs: number;
}

/**
 * Self time of each sample is the time delta to the next one, charged to the leaf function
 * sampled (node --cpu-prof writes no hitCount interval of its own).
 */
export function selfTimes(profile: CpuProfile, top: number): ProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const names = attribution(profile);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const frame = frames.get(id)!;
    if (frame.functionName === "(idle)") {
      idle += us; // waiting for I/O is not time a call costs; percentages are of busy time
      return;
    }
    const { name, owner } = names.get(id)!;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    const pkg = packageOf(owner);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    total += us;
  });
  return {
    functions: rank(byFunction, total, top),
    packages: rank(byPackage, total, top),
    busyMs: total / 1000,
    idleMs: idle / 1000,
  };
}

/** Reads the one .cpuprofile node wrote into `dir`. */
export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir} (did the sidecar exit cleanly?)`);
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
}

/** Where a profiled run's sidecar writes its .cpuprofile; undefined when not profiling. */
export function profileDirFor(profile: boolean): string | undefined {
  return profile ? mkdtempSync(join(tmpdir(), "isa-bench-prof-")) : undefined;
}

/** The suite title and the profile's top entries; read after the sidecar's clean exit wrote it. */
export function profiledParts(
  suite: string,
  profileDir: string | undefined,
): { title: string; profile?: ProfileSummary } {
  const how = profileDir ? "PROFILED: figures slowed by --cpu-prof" : "as deployed";
  return {
    title: `${suite} suite (sidecar ${how})`,
    profile: profileDir ? selfTimes(readProfile(profileDir), 15) : undefined,
  };
}
