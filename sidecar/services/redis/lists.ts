import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { BOUNDED_READS, nonEmpty, type RedisOps } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

/** LPOP/RPOP/LINDEX answer nil for "nothing there", which the contract reports as found=false. */
const found = (value: string | null) => (value === null ? { found: false, value: "" } : { found: true, value });

export function listOperations(r: RedisOps) {
  const pushed = (values: string[]) => r.values(nonEmpty(values, "values"));
  return {
    LPush: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ length: await r.client.lpush(r.key(ctx, req.key), ...pushed(req.values)) }),
    }),
    RPush: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ length: await r.client.rpush(r.key(ctx, req.key), ...pushed(req.values)) }),
    }),
    LPop: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => found(await r.client.lpop(r.key(ctx, req.key))),
    }),
    RPop: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => found(await r.client.rpop(r.key(ctx, req.key))),
    }),
    LRange: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({
        values: await r.boundedRead<string[]>(BOUNDED_READS.LRANGE, [r.key(ctx, req.key)], [req.start, req.stop]),
      }),
    }),
    LLen: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ length: await r.client.llen(r.key(ctx, req.key)) }),
    }),
    LIndex: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => found(await r.client.lindex(r.key(ctx, req.key), req.index)),
    }),
    LTrim: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        await r.client.ltrim(r.key(ctx, req.key), req.start, req.stop);
        return { success: true };
      },
    }),
  } satisfies Partial<Ops>;
}
