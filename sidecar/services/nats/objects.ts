/**
 * JetStream object stores of the organization, named through the tenancy module (stream
 * `OBJ_{org}_{bucket}`, subjects `$O.{org}_{bucket}.>`). A put creates a missing store.
 */
import type { ObjectStore } from "nats";
import { invalidArgument, notFound } from "../../errors";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, unary } from "../../operation";
import { type NatsOps, timestamp } from "./context";
import { streamExists } from "./streams";

type Ops = OperationsOf<NATSServiceHandlers>;

/**
 * In UTF-8 bytes: the name travels base64-encoded in a subject (`$O.{store}.M.{name}`), which must
 * stay below nats-server's max_control_line (see MAX_NATS_SUBJECT_BYTES): 1368 characters of base64.
 */
const MAX_OBJECT_NAME_BYTES = 1024;

function checkObjectName(name: string): string {
  if (name === "") throw invalidArgument("object_name is empty");
  if (Buffer.byteLength(name) > MAX_OBJECT_NAME_BYTES) {
    throw invalidArgument(`object_name is longer than ${MAX_OBJECT_NAME_BYTES} bytes`);
  }
  return name;
}

async function existingStore(n: NatsOps, ctx: CallContext, bucket: string): Promise<ObjectStore | undefined> {
  const name = n.name(ctx, bucket, "bucket");
  if (!(await streamExists(n, `OBJ_${name}`))) return undefined;
  return n.backend.jetstream().views.os(name);
}

async function storeOrNotFound(n: NatsOps, ctx: CallContext, bucket: string): Promise<ObjectStore> {
  const os = await existingStore(n, ctx, bucket);
  if (!os) throw notFound(`no object store "${bucket}"`);
  return os;
}

/** The live (not deleted) object's info, or undefined. */
async function liveInfo(os: ObjectStore, name: string) {
  const info = await os.info(name);
  return info && !info.deleted ? info : undefined;
}

export function objectOperations(n: NatsOps) {
  return {
    ObjectPut: unary({
      resource: (req) => `${req.bucket}/${req.object_name}`,
      run: async (req, ctx) => {
        const name = n.name(ctx, req.bucket, "bucket");
        const meta = { name: checkObjectName(req.object_name), metadata: req.metadata };
        const info = await n.backend
          .jetstream()
          .views.os(name, { replicas: n.limits.bucketReplicas })
          .then((os) => os.putBlob(meta, req.data));
        n.traffic.sent(ctx.identity.org, req.data.length);
        return { success: true, object_id: info.nuid };
      },
    }),
    ObjectGet: unary({
      resource: (req) => `${req.bucket}/${req.object_name}`,
      run: async (req, ctx) => {
        const name = checkObjectName(req.object_name);
        const os = await existingStore(n, ctx, req.bucket);
        const info = os && (await liveInfo(os, name));
        const data = info && (await os.getBlob(name));
        if (!info || !data) return { found: false, data: Buffer.alloc(0), metadata: {} };
        n.traffic.received(ctx.identity.org, data.length);
        return { found: true, data, metadata: info.metadata ?? {} };
      },
    }),
    ObjectDelete: unary({
      resource: (req) => `${req.bucket}/${req.object_name}`,
      run: async (req, ctx) => {
        const name = checkObjectName(req.object_name);
        const os = await storeOrNotFound(n, ctx, req.bucket);
        if (!(await liveInfo(os, name))) throw notFound(`no object "${name}" in "${req.bucket}"`);
        await os.delete(name);
        return { success: true };
      },
    }),
    ObjectList: unary({
      resource: (req) => req.bucket,
      run: async (req, ctx) => {
        const os = await storeOrNotFound(n, ctx, req.bucket);
        const objects = (await os.list())
          .filter((o) => !o.deleted)
          .map((o) => ({
            name: o.name,
            size: String(o.size),
            modified: timestamp(o.mtime),
            metadata: o.metadata ?? {},
          }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return { objects };
      },
    }),
  } satisfies Partial<Ops>;
}
