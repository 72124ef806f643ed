/**
 * JetStream KV buckets of the organization. A bucket is named through the tenancy module, so its
 * stream (`KV_{org}_{bucket}`) and subjects (`$KV.{org}_{bucket}.>`) are the org's alone; keys need
 * no prefix of their own. A put creates a missing bucket (the contract has no create call).
 */
import { type KV, type KvEntry, KvWatchInclude } from "nats";
import { invalidArgument, notFound } from "../../errors";
import type { KVWatchEvent } from "../../generated/isa/nats/KVWatchEvent";
import type { NATSServiceHandlers } from "../../generated/isa/nats/NATSService";
import { type CallContext, type OperationsOf, serverStream, unary } from "../../operation";
import { boundedSender } from "./bounded";
import { durationMs, type NatsOps, timestamp } from "./context";
import { streamExists } from "./streams";

type Ops = OperationsOf<NATSServiceHandlers>;

const KEY_CHARS = /^[-/=.\w]+$/;
const MAX_KEY = 1024;

/** KV keys as NATS allows them: `[-/=._A-Za-z0-9]`, dot-separated tokens, no empty token. */
function checkKey(key: string, pattern = false): string {
  if (key === "") throw invalidArgument("key is empty");
  if (key.length > MAX_KEY) throw invalidArgument(`key is longer than ${MAX_KEY}`);
  const tokens = key.split(".");
  tokens.forEach((t, i) => {
    if (pattern && (t === "*" || (t === ">" && i === tokens.length - 1))) return;
    if (t === "" || !KEY_CHARS.test(t)) {
      throw invalidArgument(`key "${key}": use letters, digits, "-/=_" and "." between non-empty tokens`);
    }
  });
  return key;
}

/** Binds an existing bucket; undefined when the org has none of that name. */
async function existingBucket(n: NatsOps, ctx: CallContext, bucket: string): Promise<KV | undefined> {
  const name = n.name(ctx, bucket, "bucket");
  const info = await streamExists(n, `KV_${name}`);
  if (!info) return undefined;
  return n.backend.jetstream().views.kv(name, { bindOnly: true, allow_direct: info.config.allow_direct });
}

async function bucketOrNotFound(n: NatsOps, ctx: CallContext, bucket: string): Promise<KV> {
  const kv = await existingBucket(n, ctx, bucket);
  if (!kv) throw notFound(`no KV bucket "${bucket}"`);
  return kv;
}

const isValue = (e: KvEntry | null): e is KvEntry => e !== null && e.operation === "PUT";

function watchEvent(e: KvEntry): KVWatchEvent {
  return {
    key: e.key,
    value: e.value,
    revision: String(e.revision),
    operation: e.operation === "PUT" ? "KV_PUT" : e.operation === "DEL" ? "KV_DELETE" : "KV_PURGE",
    created: timestamp(e.created),
  };
}

export function kvOperations(n: NatsOps) {
  return {
    KVPut: unary({
      resource: (req) => `${req.bucket}/${req.key}`,
      run: async (req, ctx) => {
        const name = n.name(ctx, req.bucket, "bucket");
        checkKey(req.key);
        const ttl = durationMs(req.bucket_ttl, "bucket_ttl");
        // Creates the bucket when missing (with the TTL); binds it, unchanged, when it exists.
        const kv = await n.backend.jetstream().views.kv(name, {
          history: 1,
          replicas: n.limits.bucketReplicas,
          ...(ttl > 0 ? { ttl } : {}),
        });
        const revision = await kv.put(req.key, req.value);
        n.traffic.sent(ctx.identity.org, req.value.length);
        return { success: true, revision: String(revision) };
      },
    }),
    KVGet: unary({
      resource: (req) => `${req.bucket}/${req.key}`,
      run: async (req, ctx) => {
        checkKey(req.key);
        const kv = await existingBucket(n, ctx, req.bucket);
        const entry = kv ? await kv.get(req.key) : null;
        if (!isValue(entry)) return { found: false, value: Buffer.alloc(0), revision: "0", created: null };
        n.traffic.received(ctx.identity.org, entry.value.length);
        return { found: true, value: entry.value, revision: String(entry.revision), created: timestamp(entry.created) };
      },
    }),
    KVDelete: unary({
      resource: (req) => `${req.bucket}/${req.key}`,
      run: async (req, ctx) => {
        checkKey(req.key);
        const kv = await bucketOrNotFound(n, ctx, req.bucket);
        if (!isValue(await kv.get(req.key))) throw notFound(`no key "${req.key}" in bucket "${req.bucket}"`);
        await kv.delete(req.key);
        return { success: true };
      },
    }),
    KVKeys: unary({
      resource: (req) => req.bucket,
      run: async (req, ctx) => {
        const kv = await bucketOrNotFound(n, ctx, req.bucket);
        const keys: string[] = [];
        for await (const key of await kv.keys()) keys.push(key);
        return { keys: keys.sort() };
      },
    }),
    KVWatch: serverStream({
      resource: (req) => `${req.bucket}/${req.key}`,
      run: async (req, ctx, sink) => {
        const key = req.key === "" ? ">" : checkKey(req.key, true);
        const kv = await bucketOrNotFound(n, ctx, req.bucket);
        const include = req.updates_only ? KvWatchInclude.UpdatesOnly : KvWatchInclude.LastValue;
        const watch = await kv.watch({ key, include });
        const send = boundedSender(sink, n.limits);
        const stop = () => watch.stop();
        ctx.signal.addEventListener("abort", stop, { once: true });
        if (ctx.signal.aborted) stop();
        try {
          for await (const e of watch) {
            send(watchEvent(e), e.value.length);
            n.traffic.received(ctx.identity.org, e.value.length);
          }
        } finally {
          ctx.signal.removeEventListener("abort", stop);
          watch.stop();
        }
      },
    }),
  } satisfies Partial<Ops>;
}
