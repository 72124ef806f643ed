/**
 * Serving state, in one place: per backend service (up when its backend is connected) and for the
 * sidecar as a whole (`""`: serving once listeners are bound, not serving while draining).
 * Feeds grpc.health.v1 (Check and Watch), /readyz and /metrics.
 */
import type { Respond, StreamCall, UnaryCall } from "./transport/calls";
import { status } from "./transport/status";

export type ServingStatus = "SERVING" | "NOT_SERVING" | "SERVICE_UNKNOWN";

type Listener = (service: string, state: ServingStatus) => void;

export class HealthState {
  private readonly states = new Map<string, ServingStatus>([["", "NOT_SERVING"]]);
  private readonly listeners = new Set<Listener>();

  set(service: string, state: ServingStatus): void {
    if (this.states.get(service) === state) return;
    this.states.set(service, state);
    for (const listener of this.listeners) listener(service, state);
  }

  get(service: string): ServingStatus {
    return this.states.get(service) ?? "SERVICE_UNKNOWN";
  }

  has(service: string): boolean {
    return this.states.has(service);
  }

  /** Every service with its state (the sidecar itself is `""`). */
  snapshot(): Record<string, ServingStatus> {
    return Object.fromEntries(this.states);
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

interface HealthRequest {
  service: string;
}

/** grpc.health.v1.Health, unauthenticated as probes expect; it tells states, nothing else. */
export function healthService(state: HealthState) {
  return {
    Check(call: UnaryCall, callback: Respond) {
      const service = (call.request as HealthRequest).service;
      if (!state.has(service)) {
        callback({ code: status.NOT_FOUND, details: `unknown service "${service}"` });
        return;
      }
      callback(null, { status: state.get(service) });
    },
    Watch(call: StreamCall) {
      const service = (call.request as HealthRequest).service;
      call.write({ status: state.get(service) });
      const stop = state.onChange((changed, next) => {
        if (changed === service) call.write({ status: next });
      });
      const end = () => {
        stop();
        call.end();
      };
      call.once("cancelled", end);
      call.once("close", stop);
    },
  };
}
