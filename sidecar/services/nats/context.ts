/**
 * What every NATS operation shares: the connection, the limits, and the checked, confined names.
 * A handler never builds a subject or a JetStream name itself; it asks `subject(ctx, s)` or
 * `name(ctx, n)`, which go through the tenancy module.
 */
import { type MsgHdrs, headers as natsHeaders } from "nats";
import type { NatsBackend } from "../../backends/nats";
import { invalidArgument } from "../../errors";
import type { Duration__Output } from "../../generated/google/protobuf/Duration";
import type { Timestamp__Output } from "../../generated/google/protobuf/Timestamp";
import type { CallContext } from "../../operation";
import {
  boundedNatsSubject,
  checkSubject,
  natsName,
  natsSubjectPrefix,
  stripNatsName,
  stripNatsSubject,
} from "../../tenancy";
import type { StreamBounds } from "./bounded";
import { WriteCoalescer } from "./coalescer";
import { DeliveredMessages } from "./delivered";
import { SubscriptionRegistry } from "./subscriptions-open";
import { OrgTraffic } from "./traffic";

/** Subscription bounds: past them, a stream ends RESOURCE_EXHAUSTED. */
export interface NatsLimits extends StreamBounds {
  /** Delivered, unacknowledged JetStream messages the sidecar keeps per organization. */
  maxUnacked: number;
  /** Replicas of the KV buckets and object stores a put creates (R3 on a 3-node cluster). */
  bucketReplicas: number;
}

export class NatsOps {
  readonly subscriptions = new SubscriptionRegistry();
  readonly traffic = new OrgTraffic();
  readonly delivered: DeliveredMessages;
  /** Publishes go through it, so those of one turn leave in one socket write. */
  readonly writes = new WriteCoalescer();
  /**
   * The org's subject prefix per identity: identities are cached with their verified tokens, so the
   * same object comes back call after call, and the org id is not escaped again on every message.
   */
  private readonly prefixes = new WeakMap<CallContext["identity"], string>();

  constructor(
    readonly backend: NatsBackend,
    readonly limits: NatsLimits,
  ) {
    this.delivered = new DeliveredMessages(limits.maxUnacked);
  }

  /** The backend subject of the caller's subject (as `natsSubject`); wildcards only where the caller may listen. */
  subject(ctx: CallContext, subject: string, wildcards = false): string {
    let prefix = this.prefixes.get(ctx.identity);
    if (prefix === undefined) {
      prefix = natsSubjectPrefix(ctx.identity.org);
      this.prefixes.set(ctx.identity, prefix);
    }
    return boundedNatsSubject(prefix, checkSubject(subject, wildcards));
  }

  /** The caller's subject for a backend subject of its organization. */
  strip(ctx: CallContext, backendSubject: string): string {
    return stripNatsSubject(ctx.identity.org, backendSubject);
  }

  /** The caller's subject for a backend subject, or "" when it lies outside the organization. */
  ownSubject(ctx: CallContext, backendSubject: string | undefined): string {
    try {
      return backendSubject ? this.strip(ctx, backendSubject) : "";
    } catch {
      return "";
    }
  }

  /** The backend name of a stream, consumer, KV bucket or object store. */
  name(ctx: CallContext, name: string, what: string): string {
    if (name === "") throw invalidArgument(`${what} is empty`);
    return natsName(ctx.identity.org, name);
  }

  stripName(ctx: CallContext, backendName: string): string | undefined {
    return stripNatsName(ctx.identity.org, backendName);
  }
}

/** The caller's header map as NATS headers; undefined when there are none. */
export function headersIn(map: Record<string, string> | undefined): MsgHdrs | undefined {
  if (!map || isEmpty(map)) return undefined; // the usual case: no allocation at all
  const h = natsHeaders();
  for (const [key, value] of Object.entries(map)) {
    try {
      h.set(key, value);
    } catch {
      throw invalidArgument(`header "${key}": names are printable ASCII without ":", values have no line breaks`);
    }
  }
  return h;
}

function isEmpty(map: Record<string, string>): boolean {
  for (const _ in map) return false;
  return true;
}

/** NATS headers as a map; a header given several times keeps its values joined by ", ". */
export function headersOut(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const key of h.keys()) out[key] = h.values(key).join(", ");
  return out;
}

/** A protobuf Duration in whole milliseconds; 0 when unset. Negative durations are refused. */
export function durationMs(d: Duration__Output | null | undefined, what: string): number {
  if (!d) return 0;
  const ms = Number(d.seconds) * 1000 + Math.floor(d.nanos / 1e6);
  if (!Number.isFinite(ms) || ms < 0) throw invalidArgument(`${what} must not be negative`);
  return ms;
}

/** NATS durations are nanoseconds. */
export const msToNanos = (ms: number) => ms * 1_000_000;

export function duration(nanos: number): { seconds: string; nanos: number } {
  return { seconds: String(Math.floor(nanos / 1e9)), nanos: nanos % 1e9 };
}

/** A protobuf Timestamp for an instant (epoch ms, Date or ISO string). */
export function timestamp(at: number | Date | string): { seconds: string; nanos: number } {
  const ms = typeof at === "number" ? at : new Date(at).getTime();
  return { seconds: String(Math.floor(ms / 1000)), nanos: (((ms % 1000) + 1000) % 1000) * 1e6 };
}

/** A JetStream nanosecond timestamp as a protobuf Timestamp, keeping the nanoseconds. */
export function timestampFromNanos(nanos: number): { seconds: string; nanos: number } {
  const big = BigInt(Math.round(nanos));
  return { seconds: String(big / 1_000_000_000n), nanos: Number(big % 1_000_000_000n) };
}

export function isoTime(t: Timestamp__Output | null | undefined, what: string): string {
  if (!t) throw invalidArgument(`${what} is required`);
  return new Date(Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6)).toISOString();
}

/** A proto int64 (a decimal string) as a non-negative safe number. */
export function int64(value: string, what: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw invalidArgument(`${what} must be a non-negative integer`);
  return n;
}
