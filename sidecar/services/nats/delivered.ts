/**
 * The JetStream messages PullMessages handed out and nobody acknowledged yet, so AckMessage and
 * NakMessage act on exactly the delivery they name (org, stream, consumer, stream sequence).
 * Bounded per organization and expiring with the consumer's ack wait: after that the server
 * redelivers the message anyway, so an old handle must not be acted on.
 */
import type { JsMsg } from "nats";
import { notFound } from "../../errors";

export interface Delivery {
  readonly msg: JsMsg;
  /** The consumer acks all up to a sequence with one ack (AckPolicy all). */
  readonly ackAll: boolean;
  readonly stream: string;
  readonly consumer: string;
  readonly seq: number;
  readonly expiresAt: number;
}

export interface DeliveryKey {
  org: string;
  stream: string;
  consumer: string;
  seq: number;
}

const SWEEP_EVERY_MS = 5_000;

export class DeliveredMessages {
  private readonly byOrg = new Map<string, Map<string, Delivery>>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly perOrg: number) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  /** Keeps a delivery until it is acked, nakked or its ack wait passes; a redelivery replaces it. */
  keep(k: DeliveryKey, msg: JsMsg, ackWaitMs: number, ackAll: boolean): void {
    const deliveries = this.byOrg.get(k.org) ?? new Map<string, Delivery>();
    this.byOrg.set(k.org, deliveries);
    const id = deliveryId(k);
    deliveries.delete(id);
    deliveries.set(id, {
      msg,
      ackAll,
      stream: k.stream,
      consumer: k.consumer,
      seq: k.seq,
      expiresAt: Date.now() + ackWaitMs,
    });
    if (deliveries.size > this.perOrg) this.sweepOrg(deliveries, Date.now());
    // Still full: forget the oldest. Its message is not lost: the server redelivers it after ack wait.
    while (deliveries.size > this.perOrg) deliveries.delete(deliveries.keys().next().value!);
  }

  /** The delivery, or NOT_FOUND when it is unknown or its ack wait has passed. */
  find(k: DeliveryKey): Delivery {
    const d = this.byOrg.get(k.org)?.get(deliveryId(k));
    if (!d || d.expiresAt <= Date.now()) {
      throw notFound(
        `sequence ${k.seq} is not an unacknowledged delivery of this consumer (never pulled, already acked, or past its ack wait)`,
      );
    }
    return d;
  }

  forget(k: DeliveryKey): void {
    this.byOrg.get(k.org)?.delete(deliveryId(k));
  }

  /** Forgets every delivery of the consumer up to `seq` (an ack-all acknowledges all of them). */
  forgetUpTo(k: DeliveryKey): void {
    const deliveries = this.byOrg.get(k.org);
    if (!deliveries) return;
    for (const [id, d] of deliveries) {
      if (d.stream === k.stream && d.consumer === k.consumer && d.seq <= k.seq) deliveries.delete(id);
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    this.byOrg.clear();
  }

  private sweep(now: number): void {
    for (const [org, deliveries] of this.byOrg) {
      this.sweepOrg(deliveries, now);
      if (deliveries.size === 0) this.byOrg.delete(org);
    }
  }

  private sweepOrg(deliveries: Map<string, Delivery>, now: number): void {
    for (const [id, d] of deliveries) if (d.expiresAt <= now) deliveries.delete(id);
  }
}

const deliveryId = (k: DeliveryKey) => JSON.stringify([k.stream, k.consumer, k.seq]);
