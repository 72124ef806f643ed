/**
 * Issue 4: sidecar Publish and PublishToStream (100 B payloads) at concurrency 1 and 64, beside the
 * bare grpc-js echo server and the nats client called directly, all driven by the same load generator.
 */
import { randomBytes } from "node:crypto";
import { type NatsConnection, connect as natsConnect, StorageType } from "nats";
import { natsName, natsSubject } from "../../sidecar/tenancy";
import { absentSampler, machineSampler } from "../load/samplers";
import { grpcTarget, type Target as MatrixTarget, runMatrix } from "../matrix";
import { profileDirFor, profiledParts } from "../profile";
import { startEcho } from "../servers/echo";
import { type DevKey, devKeyWithToken, launchSidecar } from "../servers/sidecar";
import { COMMON_NOTES, type Row, type Suite, type SuiteOptions, type SuiteResult, type Summary } from "../suite";

const SERVICE = "isa.nats.NATSService";
const PAYLOAD = randomBytes(100);
const OPERATIONS = ["Publish", "PublishToStream"] as const;
const CONCURRENCIES = [1, 64];
const STREAM = "bench";
/** The stream keeps at most this many messages, so a long run does not fill the server. */
const STREAM_MAX_MSGS = 100_000;

type Operation = (typeof OPERATIONS)[number];

/** The subjects as the caller names them; the sidecar and the direct baseline both put them under the org. */
const SUBJECTS: Record<Operation, string> = { Publish: "bench.publish", PublishToStream: `${STREAM}.stored` };
const REQUESTS: Record<Operation, Record<string, unknown>> = {
  Publish: { subject: SUBJECTS.Publish, data: PAYLOAD },
  PublishToStream: { stream_name: STREAM, subject: SUBJECTS.PublishToStream, data: PAYLOAD },
};
/** What the echo server answers: responses the size of the sidecar's. */
const ECHO_RESPONSES = {
  Publish: { success: true, message: "published" },
  PublishToStream: { success: true, sequence: "1", timestamp: { seconds: "1700000000", nanos: 0 }, message: "stored" },
};

type Target = MatrixTarget<Operation>;

/**
 * The nats client on the same backend subjects and stream the sidecar uses for the bench org.
 * Publish is nc.publish and nothing more: no round trip, unlike a gRPC call, so it is an upper bound
 * rather than a like-for-like figure. PublishToStream waits for the stream's ack, like the sidecar.
 */
function directTarget(natsUrl: string, org: string): Target {
  return {
    name: "direct nats",
    job: (op) => ({
      kind: "nats",
      url: natsUrl,
      mode: op === "Publish" ? "core" : "stream",
      subject: natsSubject(org, SUBJECTS[op]),
      data: PAYLOAD,
      stream: op === "Publish" ? undefined : natsName(org, STREAM),
    }),
    samplers: [absentSampler("server"), machineSampler()],
  };
}

function comparisons(rows: Row[]): Summary[] {
  const find = (name: string, target: string) => rows.find((r) => r.case === name && r.target === target)?.load;
  const out: Summary[] = [];
  for (const op of OPERATIONS) {
    const [sidecar64, echo64] = [find(`${op} c=64`, "sidecar"), find(`${op} c=64`, "echo")];
    if (sidecar64 && echo64) {
      const ratio = sidecar64.opsPerSec / echo64.opsPerSec;
      const target = op === "Publish" ? { target: "≥ 0.85", met: ratio >= 0.85 } : {};
      out.push({ label: `${op} c=64 sidecar/echo ops`, value: ratio, unit: "", ...target });
    }
    const [sidecar1, echo1] = [find(`${op} c=1`, "sidecar"), find(`${op} c=1`, "echo")];
    if (sidecar1 && echo1) {
      out.push({ label: `${op} c=1 p50 added over echo`, value: sidecar1.p50Us - echo1.p50Us, unit: "µs" });
    }
  }
  for (const op of OPERATIONS) {
    for (const c of CONCURRENCIES) {
      const [sidecar, direct] = [find(`${op} c=${c}`, "sidecar"), find(`${op} c=${c}`, "direct nats")];
      if (sidecar && direct) {
        const note = op === "Publish" ? "direct is fire-and-forget, no round trip" : undefined;
        out.push({
          label: `${op} c=${c} sidecar/direct ops`,
          value: sidecar.opsPerSec / direct.opsPerSec,
          unit: "",
          note,
        });
      }
    }
  }
  return out;
}

interface Fixture {
  natsUrl: string;
  admin: NatsConnection;
  org: string;
  devKey: DevKey;
}

/** A fresh tenant, its PublishToStream stream (memory storage, bounded), a dev key and token. */
async function openFixture(): Promise<Fixture> {
  const natsUrl = process.env.BENCH_NATS_URL || "nats://127.0.0.1:4222";
  const org = `bench-${randomBytes(4).toString("hex")}`;
  const admin = await natsConnect({ servers: natsUrl, name: "isa-bench-admin" });
  const jsm = await admin.jetstreamManager();
  await jsm.streams.add({
    name: natsName(org, STREAM),
    subjects: [natsSubject(org, `${STREAM}.>`, true)],
    storage: StorageType.Memory,
    max_msgs: STREAM_MAX_MSGS,
  });
  const devKey = await devKeyWithToken(org, "bench");
  return { natsUrl, admin, org, devKey };
}

async function closeFixture(f: Fixture): Promise<void> {
  const jsm = await f.admin.jetstreamManager();
  await jsm.streams.delete(natsName(f.org, STREAM)).catch(() => undefined);
  await f.admin.close();
  f.devKey.remove();
}

function notes(options: SuiteOptions, profileDir: string | undefined): string[] {
  return [
    COMMON_NOTES.audit,
    COMMON_NOTES.echo,
    "Publish is core NATS (at most once, answered once the connection took it); PublishToStream waits for JetStream's ack",
    `the stream is in memory, at most ${STREAM_MAX_MSGS} messages: figures are about the path, not the disk`,
    "direct nats Publish is nc.publish alone: done once the client buffered it, nothing comes back, so it is an upper bound, not a like-for-like call",
    "direct nats PublishToStream is jetstream().publish, waiting for the ack (expecting the stream, as the sidecar does): the fair counterpart",
    `gen CPU is per generator process (% of one core; c=64 uses ${options.processes}); server CPU is the echo server or sidecar`,
    ...(profileDir ? [`the sidecar's .cpuprofile is kept in ${profileDir} (open it in Chrome DevTools)`] : []),
  ];
}

async function run(options: SuiteOptions): Promise<SuiteResult> {
  const f = await openFixture();
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const profileDir = profileDirFor(options.profile);
    const sidecar = await launchSidecar({
      args: ["--nats-url", f.natsUrl],
      services: [SERVICE],
      devKeyFile: f.devKey.devKeyFile,
      cpuProfileDir: profileDir,
    });
    stops.push(sidecar.stop);
    const targets = [
      grpcTarget<Operation>({ name: "sidecar", ...sidecar }, SERVICE, f.devKey.token, (op) => REQUESTS[op]),
    ];
    if (!options.profile) {
      const echo = await startEcho({ service: SERVICE, responses: ECHO_RESPONSES });
      stops.push(echo.stop);
      targets.unshift(grpcTarget<Operation>({ name: "echo", ...echo }, SERVICE, f.devKey.token, (op) => REQUESTS[op]));
      targets.push(directTarget(f.natsUrl, f.org));
    }
    const rows = await runMatrix(OPERATIONS, CONCURRENCIES, targets, options);
    await sidecar.stop(); // a clean exit is what makes node write the profile
    return {
      ...profiledParts("nats", profileDir),
      rows,
      summary: comparisons(rows),
      notes: notes(options, profileDir),
    };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    await closeFixture(f);
  }
}

export const suite: Suite = { name: "nats", run };
