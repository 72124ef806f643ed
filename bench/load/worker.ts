/**
 * One load-generator process (forked by generator.ts). It keeps `concurrency` calls in flight from
 * "go" until "stop", and records only between "measure" and "stop", so warm-up is left out and the
 * parent can sample the server's CPU at the same two instants.
 */
import { createDriver, type Driver, type Job } from "./drivers";
import { LatencyRecorder } from "./latency";
import { type Metronome, prepareMetronome } from "./metronome";

/** `worker` numbers the generator processes of one case from 0, so a job can give each its own keys. */
export type ToWorker =
  | { type: "job"; job: Job; concurrency: number; worker: number; schedule?: Schedule }
  | { type: "go" | "measure" | "stop" };

/** Open loop: calls at `rate` per second on a fixed schedule, the first `offsetMs` after "go". */
export interface Schedule {
  rate: number;
  offsetMs: number;
}

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

/** What a runner reports once it has stopped. */
function resultOf(
  r: { ops: number; errors: number; firstError: string | undefined; latencies: LatencyRecorder },
  elapsedNs: number,
  cpu: NodeJS.CpuUsage,
): WorkerResult {
  return { type: "result", ...r, elapsedNs, cpuMicros: cpu.user + cpu.system, latencies: r.latencies.snapshot() };
}

interface Runner {
  go(): void;
  measure(): void;
  stop(): Promise<WorkerResult>;
}

class Loop implements Runner {
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
    const { ops, errors, firstError, latencies } = this;
    return resultOf({ ops, errors, firstError, latencies }, elapsedNs, cpu);
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

/**
 * The open loop: call k is due at go + offset + k/rate whatever the answers, and its latency runs
 * from when it was due, not from when it was sent, so a stall of the server (or of this process)
 * counts against every call it delays: no coordinated omission. Calls due in the measured window
 * are recorded, answers arriving after "stop" included.
 */
class OpenLoop implements Runner {
  private running = false;
  private readonly metronome: Metronome;
  private inFlight = 0;
  private ops = 0;
  private errors = 0;
  private firstError: string | undefined;
  private readonly latencies = new LatencyRecorder();
  private startNs = 0n;
  private sent = 0;
  private measureFromNs: bigint | undefined;
  private measureUntilNs: bigint | undefined;
  private measuredFrom = 0n;
  private cpuFrom = process.cpuUsage();
  private drained: (() => void) | undefined;
  private readonly intervalNs: number;

  constructor(
    private readonly driver: Driver,
    private readonly schedule: Schedule,
  ) {
    this.intervalNs = 1e9 / schedule.rate;
    this.metronome = prepareMetronome(this.intervalNs, () => this.sendDue());
  }

  go(): void {
    this.running = true;
    this.startNs = process.hrtime.bigint() + BigInt(Math.round(this.schedule.offsetMs * 1e6));
    this.metronome.start(this.startNs);
  }

  measure(): void {
    this.measuredFrom = process.hrtime.bigint();
    this.measureFromNs = this.measuredFrom;
    this.cpuFrom = process.cpuUsage();
  }

  async stop(): Promise<WorkerResult> {
    const now = process.hrtime.bigint();
    const elapsedNs = Number(now - this.measuredFrom);
    const cpu = process.cpuUsage(this.cpuFrom);
    this.measureUntilNs = now;
    this.sendDue(); // calls due in the window that a late tick has not sent yet go now, timed from when they were due
    this.running = false;
    await this.metronome.stop();
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    const { ops, errors, firstError, latencies } = this;
    return resultOf({ ops, errors, firstError, latencies }, elapsedNs, cpu);
  }

  private due(k: number): bigint {
    return this.startNs + BigInt(Math.round(k * this.intervalNs));
  }

  /** Sends every call already due (a late tick sends those it was late for, each timed from its own due time). */
  private sendDue(): void {
    if (!this.running) return;
    const now = process.hrtime.bigint();
    while (this.due(this.sent) <= now) this.issue(this.due(this.sent++));
  }

  private issue(scheduled: bigint): void {
    this.inFlight++;
    this.driver.issue((error) => {
      this.inFlight--;
      if (error !== undefined) {
        this.errors++;
        this.firstError ??= error;
      }
      const from = this.measureFromNs;
      if (
        from !== undefined &&
        scheduled >= from &&
        (this.measureUntilNs === undefined || scheduled < this.measureUntilNs)
      ) {
        this.ops++;
        this.latencies.add(Number(process.hrtime.bigint() - scheduled) / 1000);
      }
      if (!this.running && this.inFlight === 0) this.drained?.();
    });
  }
}

// The parent ends a worker by disconnecting once it has the result: exiting on our own could race
// the delivery of a large result message.
process.once("disconnect", () => process.exit(0));

let loop: Runner | undefined;
let driver: Driver | undefined;

process.on("message", async (message: ToWorker) => {
  try {
    if (message.type === "job") {
      driver = await createDriver(message.job, message.worker);
      loop = message.schedule ? new OpenLoop(driver, message.schedule) : new Loop(driver, message.concurrency);
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
