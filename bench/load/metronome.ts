/**
 * Ticks on a fixed schedule with sub-millisecond precision and no spinning: a worker thread sleeps
 * in Atomics.wait (a futex with a timeout) until each due time and then posts the tick. Node's
 * own timers have 1 ms granularity, which at 1000 calls/s is the whole interval between calls.
 * The thread is started ahead (prepareMetronome), so its start-up is not part of the schedule.
 */
import { Worker } from "node:worker_threads";

// Plain JavaScript, run by the worker thread (eval): no module of this project to resolve there.
// state[0]: 1 = stop; state[1]: 1 = started, with the first due time in startNs[0].
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const state = new Int32Array(workerData.state);
const startNs = new BigInt64Array(workerData.startNs);
const intervalNs = workerData.intervalNs;
while (Atomics.load(state, 1) === 0 && Atomics.load(state, 0) === 0) Atomics.wait(state, 1, 0);
const start = startNs[0];
for (let k = 0; Atomics.load(state, 0) === 0; k++) {
  const due = start + BigInt(Math.round(k * intervalNs));
  const waitMs = Number(due - process.hrtime.bigint()) / 1e6;
  if (waitMs > 0) Atomics.wait(state, 0, 0, waitMs);
  if (Atomics.load(state, 0) !== 0) break;
  parentPort.postMessage(k);
}
`;

export interface Metronome {
  /** Ticks from `startNs` (hrtime) on, every interval. */
  start(startNs: bigint): void;
  stop(): Promise<void>;
}

/** A metronome whose thread is up and waiting; `tick` is called at each due time. */
export function prepareMetronome(intervalNs: number, tick: () => void): Metronome {
  const state = new Int32Array(new SharedArrayBuffer(8));
  const startNs = new BigInt64Array(new SharedArrayBuffer(8));
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { state: state.buffer, startNs: startNs.buffer, intervalNs },
  });
  worker.on("message", tick);
  return {
    start(at) {
      startNs[0] = at;
      Atomics.store(state, 1, 1);
      Atomics.notify(state, 1);
    },
    async stop() {
      Atomics.store(state, 0, 1);
      Atomics.notify(state, 0);
      Atomics.notify(state, 1);
      worker.off("message", tick);
      await worker.terminate();
    },
  };
}
