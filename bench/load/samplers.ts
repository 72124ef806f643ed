/** CPU samplers for the parties beside the generator: a local process by pid, and Redis by INFO. */
import type Redis from "ioredis";
import type { CpuSampler } from "./generator";
import { machineCpuMicros, processCpuMicros } from "./proc-stats";

export function pidSampler(name: string, pid: number): CpuSampler {
  return { name, read: async () => processCpuMicros(pid) };
}

/**
 * Redis's own CPU from INFO (works even when redis-server runs in another pid namespace). Other
 * clients of a shared Redis count too, so it is an upper bound on what the bench costs Redis.
 */
export function redisSampler(client: Redis): CpuSampler {
  return {
    name: "redis",
    async read() {
      const info = await client.info("cpu");
      const field = (f: string) => Number(info.match(new RegExp(`^${f}:([\\d.]+)`, "m"))?.[1]);
      const seconds = field("used_cpu_user") + field("used_cpu_sys");
      return Number.isNaN(seconds) ? undefined : seconds * 1_000_000;
    },
  };
}

/** A placeholder column for targets that have no such party (direct calls have no server between). */
export function absentSampler(name: string): CpuSampler {
  return { name, read: async () => undefined };
}

/** The whole machine, so a reader sees when work outside the benchmark was competing for the CPUs. */
export function machineSampler(): CpuSampler {
  return { name: "machine", read: async () => machineCpuMicros() };
}
