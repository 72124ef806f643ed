/** JetStream consumers on the organization's streams: create, delete, info, list. */
import { invalidArgument, SidecarError } from "../../errors";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import { consumerInfo, createConsumerConfig } from "./consumer-config";
import type { NatsOps } from "./context";

type Ops = OperationsOf<NATSServiceHandlers>;

/** The backend names of a (stream, consumer) pair the caller named. */
export function consumerNames(n: NatsOps, ctx: CallContext, req: { stream_name: string; consumer_name: string }) {
  return {
    stream: n.name(ctx, req.stream_name, "stream_name"),
    consumer: n.name(ctx, req.consumer_name, "consumer_name"),
  };
}

export function consumerOperations(n: NatsOps) {
  return {
    CreateConsumer: unary({
      resource: (req) => `${req.stream_name}/${req.config?.durable_name || req.config?.name || ""}`,
      run: async (req, ctx) => {
        if (!req.config) throw invalidArgument("config is required");
        const stream = n.name(ctx, req.stream_name, "stream_name");
        const config = createConsumerConfig(n, ctx, req.config);
        const jsm = n.backend.manager();
        const existing = await jsm.consumers.info(stream, config.durable_name!).catch((err) => {
          if (err?.api_error?.err_code === 10014) return undefined;
          throw err;
        });
        if (existing) throw new SidecarError("already_exists", "the consumer exists");
        const info = await jsm.consumers.add(stream, config);
        return { success: true, consumer: consumerInfo(n, ctx, info), message: "created" };
      },
    }),
    DeleteConsumer: unary({
      resource: (req) => `${req.stream_name}/${req.consumer_name}`,
      run: async (req, ctx) => {
        const { stream, consumer } = consumerNames(n, ctx, req);
        await n.backend.manager().consumers.delete(stream, consumer);
        return { success: true };
      },
    }),
    GetConsumerInfo: unary({
      resource: (req) => `${req.stream_name}/${req.consumer_name}`,
      run: async (req, ctx) => {
        const { stream, consumer } = consumerNames(n, ctx, req);
        return { consumer: consumerInfo(n, ctx, await n.backend.manager().consumers.info(stream, consumer)) };
      },
    }),
    ListConsumers: unary({
      resource: (req) => req.stream_name,
      run: async (req, ctx) => {
        const jsm = n.backend.manager();
        const consumers = [];
        for await (const info of jsm.consumers.list(n.name(ctx, req.stream_name, "stream_name"))) {
          if (n.stripName(ctx, info.name) !== undefined) consumers.push(consumerInfo(n, ctx, info));
        }
        return { consumers };
      },
    }),
  } satisfies Partial<Ops>;
}
