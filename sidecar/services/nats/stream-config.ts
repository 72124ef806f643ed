/**
 * StreamConfig and StreamInfo between the contract and JetStream. Subjects pass through the
 * tenancy module both ways: a stream of org A with subjects `>` captures only A's subjects.
 */
import { DiscardPolicy, StorageType, type StreamConfig, type StreamInfo } from "nats";
import { invalidArgument } from "../../errors";
import type { StreamConfig__Output } from "../../generated/isa/nats/StreamConfig";
import type { StreamInfo as StreamInfoProto } from "../../generated/isa/nats/StreamInfo";
import type { CallContext } from "../../operation";
import { duration, durationMs, msToNanos, type NatsOps, timestamp } from "./context";

/** 0 (the proto default) and negative limits mean unlimited, which JetStream writes as -1. */
const limit = (n: number) => (n > 0 ? n : -1);
/** JetStream limits back into the contract, where 0 is unlimited and int32 fields cannot hold more. */
const fromLimit = (n: number, max = Number.MAX_SAFE_INTEGER) => (n > 0 ? Math.min(n, max) : 0);
const INT32_MAX = 2 ** 31 - 1;

/** The limits of a contract config as JetStream fields (no name, subjects or storage). */
function limitsOf(cfg: StreamConfig__Output): Partial<StreamConfig> {
  const maxBytes = Number(cfg.max_bytes);
  if (!Number.isSafeInteger(maxBytes)) throw invalidArgument("max_bytes is not an integer");
  return {
    max_msgs: limit(cfg.max_msgs),
    max_bytes: limit(maxBytes),
    max_age: msToNanos(durationMs(cfg.max_age, "max_age")),
    max_msg_size: limit(cfg.max_msg_size),
    // The contract has no per-subject limit, so the flag can only select "refuse new messages".
    discard: cfg.discard_new_per_subject ? DiscardPolicy.New : DiscardPolicy.Old,
  };
}

/**
 * Subjects one stream may listen on. nats-server checks a new stream's subjects against every
 * other stream's, on the connection all tenants share: 10,000 subjects held it ~19 s.
 */
const MAX_STREAM_SUBJECTS = 256;

function subjectsOf(n: NatsOps, ctx: CallContext, subjects: string[]): string[] {
  if (subjects.length > MAX_STREAM_SUBJECTS) {
    throw invalidArgument(`a stream listens on at most ${MAX_STREAM_SUBJECTS} subjects, not ${subjects.length}`);
  }
  return subjects.map((s) => n.subject(ctx, s, true));
}

/** A new stream: subjects default to the stream's own name, as in NATS, inside the org. */
export function createConfig(n: NatsOps, ctx: CallContext, cfg: StreamConfig__Output): Partial<StreamConfig> {
  return {
    ...limitsOf(cfg),
    name: n.name(ctx, cfg.name, "stream name"),
    subjects: subjectsOf(n, ctx, cfg.subjects.length > 0 ? cfg.subjects : [cfg.name]),
    storage: cfg.storage === "STORAGE_MEMORY" ? StorageType.Memory : StorageType.File,
    num_replicas: cfg.replicas > 0 ? cfg.replicas : 1,
  };
}

/** An update replaces the limits; empty subjects and replicas 0 keep the stream's; storage never changes. */
export function updateConfig(n: NatsOps, ctx: CallContext, cfg: StreamConfig__Output): Partial<StreamConfig> {
  return {
    ...limitsOf(cfg),
    ...(cfg.subjects.length > 0 ? { subjects: subjectsOf(n, ctx, cfg.subjects) } : {}),
    ...(cfg.replicas > 0 ? { num_replicas: cfg.replicas } : {}),
  };
}

/** JetStream writes "no time" as year 1 (an empty stream's first_ts); the contract leaves it unset. */
export const instant = (iso: string | undefined) => (!iso || iso.startsWith("0001-") ? null : timestamp(iso));

export function streamInfo(n: NatsOps, ctx: CallContext, info: StreamInfo): StreamInfoProto {
  const c = info.config;
  const s = info.state;
  const name = n.stripName(ctx, c.name) ?? "";
  return {
    name,
    config: {
      name,
      subjects: (c.subjects ?? []).map((subject) => n.ownSubject(ctx, subject)).filter((subject) => subject !== ""),
      storage: c.storage === StorageType.Memory ? "STORAGE_MEMORY" : "STORAGE_FILE",
      max_msgs: fromLimit(c.max_msgs, INT32_MAX),
      max_bytes: String(fromLimit(c.max_bytes)),
      max_age: duration(c.max_age),
      max_msg_size: fromLimit(c.max_msg_size ?? -1, INT32_MAX),
      replicas: c.num_replicas,
      discard_new_per_subject: c.discard === DiscardPolicy.New,
    },
    state: {
      messages: String(s.messages),
      bytes: String(s.bytes),
      first_seq: String(s.first_seq),
      last_seq: String(s.last_seq),
      first_ts: instant(s.first_ts),
      last_ts: instant(s.last_ts),
      num_subjects: s.num_subjects ?? 0,
      consumer_count: s.consumer_count,
    },
    created: timestamp(info.created),
  };
}
