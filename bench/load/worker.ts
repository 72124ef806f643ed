/**
 * One load-generator process (forked by generator.ts). It keeps `concurrency` calls in flight from
 * "go" until "stop", and records only between "measure" and "stop", so warm-up is left out and the
 * parent can sample the server's CPU at the same two instants.
 */
import { createDriver, type Driver, type Job } from "./drivers";
import { LatencyRecorder } from "./latency";

/** `worker` numbers the generator processes of one case from 0, so a job can give each its own keys. */
export type ToWorker =
  | { type: "job"; job: Job; concurrency: number; worker: number }
  | { type: "go" | "measure" | "stop" };

export interface WorkerResult {
  type: "result";
  ops: number;
  errors: number;
  firstError: string | undefined;
  elapsedNs: number;
  cpuMicros: number;
  latencies: Float64Array;
}

export type FromWorker = { type: "ready" } | { type: "failed"; error: string } | WorkerResult;

const send = (message: FromWorker) => process.send!(message);

class Loop {
  private running = false;
  private measuring = false;
  private inFlight = 0;
  private ops = 0;
  private errors = 0;
  private firstError: string | undefined;
  private readonly latencies = new LatencyRecorder();
  private measuredFrom = 0n;
  private cpuFrom = process.cpuUsage();
  private drained: (() => void) | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly concurrency: number,
  ) {}

  go(): void {
    this.running = true;
    for (let i = 0; i < this.concurrency; i++) this.next();
  }

  measure(): void {
    this.measuredFrom = process.hrtime.bigint();
    this.cpuFrom = process.cpuUsage();
    this.measuring = true;
  }

  async stop(): Promise<WorkerResult> {
    const elapsedNs = Number(process.hrtime.bigint() - this.measuredFrom);
    const cpu = process.cpuUsage(this.cpuFrom);
    this.measuring = false;
    this.running = false;
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    const { ops, errors, firstError } = this;
    return {
      type: "result",
      ops,
      errors,
      firstError,
      elapsedNs,
      cpuMicros: cpu.user + cpu.system,
      latencies: this.latencies.snapshot(),
    };
  }

  private next(): void {
    this.inFlight++;
    const started = process.hrtime.bigint();
    this.driver.issue((error) => {
      this.inFlight--;
      if (error !== undefined) {
        this.errors++; // counted in warm-up too: a run with any failed call is reported as failing
        this.firstError ??= error;
      }
      if (this.measuring) {
        this.ops++;
        this.latencies.add(Number(process.hrtime.bigint() - started) / 1000);
      }
      if (this.running) this.next();
      else if (this.inFlight === 0) this.drained?.();
    });
  }
}

// The parent ends a worker by disconnecting once it has the result: exiting on our own could race
// the delivery of a large result message.
process.once("disconnect", () => process.exit(0));

let loop: Loop | undefined;
let driver: Driver | undefined;

process.on("message", async (message: ToWorker) => {
  try {
    if (message.type === "job") {
      driver = await createDriver(message.job, message.worker);
      loop = new Loop(driver, message.concurrency);
      send({ type: "ready" });
    } else if (message.type === "go") loop!.go();
    else if (message.type === "measure") loop!.measure();
    else if (message.type === "stop") {
      send(await loop!.stop());
      await driver!.close();
    }
  } catch (err) {
    send({ type: "failed", error: (err as Error).message });
  }
});
