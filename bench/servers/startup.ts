/**
 * Time from spawn to SERVING, the median of a few fresh starts (BENCH_STARTS, default 3), beside how
 * long a bare `node` takes to start on the same machine: the floor no Node program can beat.
 */
import { spawn } from "node:child_process";
import type { Summary } from "../suite";
import { launchSidecar, type SidecarLaunch } from "./sidecar";

function bareNodeStartMs(): Promise<number> {
  const since = process.hrtime.bigint();
  const child = spawn(process.execPath, ["-e", "process.stdout.write('up')"], { stdio: ["ignore", "pipe", "ignore"] });
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve(Number(process.hrtime.bigint() - since) / 1e6));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`node -e exited ${code}`)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function startupFigures(launch: SidecarLaunch, service: string): Promise<Summary[]> {
  const starts = Math.max(1, Math.round(Number(process.env.BENCH_STARTS) || 3));
  const bare: number[] = [];
  const serving: number[] = [];
  const backend: number[] = [];
  for (let i = 0; i < starts; i++) {
    bare.push(await bareNodeStartMs());
    const sidecar = await launchSidecar(launch);
    serving.push(sidecar.servingMs[""]);
    backend.push(sidecar.servingMs[service]);
    await sidecar.stop();
  }
  const ms = (list: number[]) => list.map((v) => v.toFixed(0)).join(", ");
  const ratio = median(serving) / median(bare);
  return [
    {
      label: "start→SERVING",
      value: median(serving),
      unit: "ms",
      note: `median of ${starts} (${ms(serving)}); bare node start ${median(bare).toFixed(1)} ms (${ms(bare)})`,
    },
    {
      label: "start→SERVING / bare node start",
      value: ratio,
      unit: "×",
      target: "≤ 3",
      met: ratio <= 3,
    },
    {
      label: `start→${service} SERVING`,
      value: median(backend),
      unit: "ms",
      note: `backend connected (${ms(backend)})`,
    },
  ];
}
