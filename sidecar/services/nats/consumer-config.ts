/** ConsumerConfig and ConsumerInfo between the contract and JetStream (pull consumers only). */
import { AckPolicy, type ConsumerConfig, type ConsumerInfo, DeliverPolicy, ReplayPolicy } from "nats";
import { invalidArgument } from "../../errors";
import type { AckPolicy__Output } from "../../generated/isa/nats/AckPolicy";
import type { ConsumerConfig__Output } from "../../generated/isa/nats/ConsumerConfig";
import type { ConsumerInfo as ConsumerInfoProto } from "../../generated/isa/nats/ConsumerInfo";
import type { DeliveryPolicy__Output } from "../../generated/isa/nats/DeliveryPolicy";
import type { CallContext } from "../../operation";
import { duration, durationMs, int64, isoTime, msToNanos, type NatsOps, timestamp } from "./context";

const DELIVER: Record<DeliveryPolicy__Output, DeliverPolicy> = {
  DELIVERY_ALL: DeliverPolicy.All,
  DELIVERY_LAST: DeliverPolicy.Last,
  DELIVERY_NEW: DeliverPolicy.New,
  DELIVERY_BY_START_SEQUENCE: DeliverPolicy.StartSequence,
  DELIVERY_BY_START_TIME: DeliverPolicy.StartTime,
  DELIVERY_LAST_PER_SUBJECT: DeliverPolicy.LastPerSubject,
};
const ACK: Record<AckPolicy__Output, AckPolicy> = {
  ACK_EXPLICIT: AckPolicy.Explicit,
  ACK_ALL: AckPolicy.All,
  ACK_NONE: AckPolicy.None,
};
const reverse = <K extends string, V extends string>(m: Record<K, V>) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<V, K>;
const DELIVER_BACK = reverse(DELIVER);
const ACK_BACK = reverse(ACK);

/** The consumer's one name: `durable_name`, or `name`; every consumer is durable, so it can be pulled later. */
export function consumerName(cfg: ConsumerConfig__Output): string {
  if (cfg.name !== "" && cfg.durable_name !== "" && cfg.name !== cfg.durable_name) {
    throw invalidArgument("name and durable_name differ: give one of them");
  }
  return cfg.durable_name || cfg.name;
}

export function createConsumerConfig(
  n: NatsOps,
  ctx: CallContext,
  cfg: ConsumerConfig__Output,
): Partial<ConsumerConfig> {
  const deliver = DELIVER[cfg.delivery_policy];
  const ackWaitMs = durationMs(cfg.ack_wait, "ack_wait");
  return {
    durable_name: n.name(ctx, consumerName(cfg), "consumer name"),
    ...(cfg.filter_subject === "" ? {} : { filter_subject: n.subject(ctx, cfg.filter_subject, true) }),
    deliver_policy: deliver,
    ack_policy: ACK[cfg.ack_policy],
    ...(ackWaitMs > 0 ? { ack_wait: msToNanos(ackWaitMs) } : {}),
    ...(cfg.max_deliver > 0 ? { max_deliver: cfg.max_deliver } : {}),
    replay_policy: cfg.replay_policy === "REPLAY_ORIGINAL" ? ReplayPolicy.Original : ReplayPolicy.Instant,
    ...(deliver === DeliverPolicy.StartSequence ? { opt_start_seq: startSequence(cfg.opt_start_seq) } : {}),
    ...(deliver === DeliverPolicy.StartTime ? { opt_start_time: isoTime(cfg.opt_start_time, "opt_start_time") } : {}),
  };
}

function startSequence(value: string): number {
  const seq = int64(value, "opt_start_seq");
  if (seq < 1) throw invalidArgument("opt_start_seq must be at least 1 with DELIVERY_BY_START_SEQUENCE");
  return seq;
}

export function consumerInfo(n: NatsOps, ctx: CallContext, info: ConsumerInfo): ConsumerInfoProto {
  const c = info.config;
  const name = n.stripName(ctx, info.name) ?? "";
  return {
    stream_name: n.stripName(ctx, info.stream_name) ?? "",
    name,
    config: {
      name,
      durable_name: c.durable_name ? name : "",
      filter_subject: n.ownSubject(ctx, c.filter_subject),
      delivery_policy: DELIVER_BACK[c.deliver_policy],
      ack_policy: ACK_BACK[c.ack_policy],
      ack_wait: duration(c.ack_wait ?? 0),
      max_deliver: (c.max_deliver ?? 0) > 0 ? c.max_deliver! : 0,
      replay_policy: c.replay_policy === ReplayPolicy.Original ? "REPLAY_ORIGINAL" : "REPLAY_INSTANT",
      opt_start_seq: String(c.opt_start_seq ?? 0),
      opt_start_time: c.opt_start_time ? timestamp(c.opt_start_time) : null,
    },
    state: {
      delivered_seq: String(info.delivered.stream_seq),
      ack_floor_seq: String(info.ack_floor.stream_seq),
      num_pending: String(info.num_pending),
      num_redelivered: String(info.num_redelivered),
    },
    created: timestamp(info.created),
  };
}
