/** JetStream streams of the caller's organization: create, update, delete, purge, info, list. */
import type { StreamInfo } from "nats";
import { invalidArgument, SidecarError } from "../../errors";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import type { NatsOps } from "./context";
import { createConfig, streamInfo, updateConfig } from "./stream-config";

type Ops = OperationsOf<NATSServiceHandlers>;

/** Every stream of the org (KV buckets and object stores are not streams to the caller). */
export async function orgStreams(n: NatsOps, ctx: CallContext): Promise<StreamInfo[]> {
  const jsm = n.backend.manager();
  const streams: StreamInfo[] = [];
  // The server filters by the org's subjects; the name check below is the boundary.
  for await (const info of jsm.streams.list(n.subject(ctx, ">", true))) {
    if (n.stripName(ctx, info.config.name) !== undefined) streams.push(info);
  }
  return streams;
}

/** The stream's info by its backend name, or undefined when there is no such stream. */
export async function streamExists(n: NatsOps, name: string): Promise<StreamInfo | undefined> {
  const jsm = n.backend.manager();
  return jsm.streams.info(name).catch((err) => {
    if (err?.api_error?.err_code === 10059) return undefined;
    throw err;
  });
}

export function streamOperations(n: NatsOps) {
  return {
    CreateStream: unary({
      resource: (req) => req.config?.name,
      run: async (req, ctx) => {
        if (!req.config) throw invalidArgument("config is required");
        const config = createConfig(n, ctx, req.config);
        if (await streamExists(n, config.name!)) throw new SidecarError("already_exists", "the stream exists");
        const info = await n.backend.manager().streams.add(config);
        return { success: true, stream: streamInfo(n, ctx, info), message: "created" };
      },
    }),
    UpdateStream: unary({
      resource: (req) => req.stream_name,
      run: async (req, ctx) => {
        if (!req.config) throw invalidArgument("config is required");
        if (req.config.name !== "" && req.config.name !== req.stream_name) {
          throw invalidArgument("config.name differs from stream_name: a stream cannot be renamed");
        }
        const name = n.name(ctx, req.stream_name, "stream_name");
        const info = await n.backend.manager().streams.update(name, updateConfig(n, ctx, req.config));
        return { success: true, stream: streamInfo(n, ctx, info) };
      },
    }),
    DeleteStream: unary({
      resource: (req) => req.stream_name,
      run: async (req, ctx) => {
        await n.backend.manager().streams.delete(n.name(ctx, req.stream_name, "stream_name"));
        return { success: true };
      },
    }),
    PurgeStream: unary({
      resource: (req) => req.stream_name,
      run: async (req, ctx) => {
        const name = n.name(ctx, req.stream_name, "stream_name");
        const filter = req.subject === "" ? undefined : { filter: n.subject(ctx, req.subject, true) };
        const r = await n.backend.manager().streams.purge(name, filter);
        return { success: r.success, purged_count: String(r.purged) };
      },
    }),
    GetStreamInfo: unary({
      resource: (req) => req.stream_name,
      run: async (req, ctx) => {
        const info = await n.backend.manager().streams.info(n.name(ctx, req.stream_name, "stream_name"));
        return { stream: streamInfo(n, ctx, info) };
      },
    }),
    ListStreams: unary({
      run: async (_req, ctx) => ({ streams: (await orgStreams(n, ctx)).map((info) => streamInfo(n, ctx, info)) }),
    }),
  } satisfies Partial<Ops>;
}
