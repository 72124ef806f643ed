/**
 * Figures of the caller's organization only: its streams and consumers from JetStream, its
 * message traffic as this sidecar counted it (the NATS server counts per connection, and the
 * sidecar's connection is shared by every org), and the health of the connection.
 */
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type OperationsOf, unary } from "../../operation";
import { type NatsOps, timestamp } from "./context";
import { orgStreams } from "./streams";

type Ops = OperationsOf<NATSServiceHandlers>;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Messages or bytes per second over the time the stored messages span (0 under two messages). */
function rate(amount: number, firstTs: string, lastTs: string): number {
  const seconds = (Date.parse(lastTs) - Date.parse(firstTs)) / 1000;
  return seconds > 0 ? amount / seconds : 0;
}

export function statsOperations(n: NatsOps) {
  return {
    GetStatistics: unary({
      run: async (_req, ctx) => {
        const streams = await orgStreams(n, ctx);
        const traffic = n.traffic.of(ctx.identity.org);
        return {
          total_streams: String(streams.length),
          total_consumers: String(sum(streams.map((s) => s.state.consumer_count))),
          total_messages: String(sum(streams.map((s) => s.state.messages))),
          total_bytes: String(sum(streams.map((s) => s.state.bytes))),
          connections: n.backend.isConnected() ? 1 : 0,
          in_msgs: String(traffic.inMsgs),
          out_msgs: String(traffic.outMsgs),
          in_bytes: String(traffic.inBytes),
          out_bytes: String(traffic.outBytes),
        };
      },
    }),
    GetStreamStats: unary({
      resource: (req) => req.stream_name,
      run: async (req, ctx) => {
        const jsm = n.backend.manager();
        const { state } = await jsm.streams.info(n.name(ctx, req.stream_name, "stream_name"));
        return {
          stream_name: req.stream_name,
          messages: String(state.messages),
          bytes: String(state.bytes),
          consumer_count: state.consumer_count,
          message_rate: state.messages > 1 ? rate(state.messages, state.first_ts, state.last_ts) : 0,
          byte_rate: state.messages > 1 ? rate(state.bytes, state.first_ts, state.last_ts) : 0,
        };
      },
    }),
    HealthCheck: unary({
      run: async (req) => {
        const checkedAt = timestamp(Date.now());
        if (!n.backend.isConnected()) {
          return {
            healthy: false,
            nats_status: n.backend.status(),
            jetstream_enabled: false,
            connections: 0,
            checked_at: checkedAt,
            message: "NATS is not reachable; the sidecar keeps reconnecting",
          };
        }
        const nc = n.backend.connection();
        let jetstream = nc.info?.jetstream === true;
        let message = "connected";
        if (req.deep_check) {
          // A round trip to the server and one to the JetStream API: both must answer.
          const rtt = await nc.rtt();
          jetstream = await n.backend
            .manager()
            .getAccountInfo()
            .then(
              () => true,
              () => false,
            );
          message = `round trip ${rtt.toFixed(1)} ms; JetStream ${jetstream ? "answers" : "does not answer"}`;
        }
        return {
          healthy: !req.deep_check || jetstream,
          nats_status: n.backend.status(),
          jetstream_enabled: jetstream,
          connections: 1,
          checked_at: checkedAt,
          message,
        };
      },
    }),
  } satisfies Partial<Ops>;
}
