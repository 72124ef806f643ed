/** CPU time and memory of another process, read from /proc (Linux), so the reader sees which side limits. */
import { readFileSync } from "node:fs";

/** Kernel clock ticks per second: USER_HZ is 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of `pid` in microseconds, or undefined when it cannot be read. */
export function processCpuMicros(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    return (ticks * 1_000_000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A field of /proc/<pid>/status in MiB (`VmRSS`, `VmHWM`), or undefined. */
export function processMemoryMiB(pid: number, field: "VmRSS" | "VmHWM"): number | undefined {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time spent busy by the whole machine (all CPUs, every process) in microseconds, from /proc/stat. */
export function machineCpuMicros(): number | undefined {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0].trim().split(/\s+/);
    // user nice system idle iowait irq softirq steal: busy is everything but idle and iowait.
    const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
    return ((user + nice + system + irq + softirq + (steal || 0)) * 1_000_000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
