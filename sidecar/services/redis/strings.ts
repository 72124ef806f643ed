import { resourceExhausted } from "../../errors";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { int64, lastReplyText, type RedisOps, requiredDurationMs } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

export function stringOperations(r: RedisOps) {
  return {
    Set: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        await r.client.set(r.key(ctx, req.key), r.value(req.value));
        return { success: true, message: "OK" };
      },
    }),
    Get: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const value = await r.client.get(r.key(ctx, req.key));
        return value === null ? { found: false, value: "" } : { found: true, value };
      },
    }),
    GetMultiple: unary({
      resource: (req) => req.keys.join(","),
      run: async (req, ctx) => {
        const values = await r.client.mget(r.keys(ctx, req.keys));
        return {
          values: req.keys.flatMap((key, i) => (values[i] === null ? [] : [{ key, value: values[i] ?? "" }])),
        };
      },
    }),
    SetWithExpiration: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const ms = requiredDurationMs(req.expiration, "expiration");
        await r.client.set(r.key(ctx, req.key), r.value(req.value), "PX", ms);
        return { success: true, message: "OK" };
      },
    }),
    Increment: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const delta = req.delta === "0" ? "1" : int64(req.delta, "delta");
        const key = r.key(ctx, req.key);
        return { value: await lastReplyText(r.client.multi().incrby(key, delta).get(key)) };
      },
    }),
    Decrement: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const delta = req.delta === "0" ? "1" : int64(req.delta, "delta");
        const key = r.key(ctx, req.key);
        return { value: await lastReplyText(r.client.multi().decrby(key, delta).get(key)) };
      },
    }),
    Append: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        // Checked inside Redis, atomically: small appends must not grow a value past the limit.
        const length = Number(
          await r.client.eval(BOUNDED_APPEND, 1, r.key(ctx, req.key), r.value(req.value), r.limits.maxValueBytes),
        );
        if (length < 0) throw resourceExhausted(`the value would grow past ${r.limits.maxValueBytes} bytes`);
        return { length: String(length) };
      },
    }),
  } satisfies Partial<Ops>;
}

const BOUNDED_APPEND = `
if redis.call('STRLEN', KEYS[1]) + string.len(ARGV[1]) > tonumber(ARGV[2]) then return -1 end
return redis.call('APPEND', KEYS[1], ARGV[1])`;
