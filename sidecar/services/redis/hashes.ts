import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { BOUNDED_READS, int64, lastReplyText, nonEmpty, type RedisOps } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

export function hashOperations(r: RedisOps) {
  return {
    HSet: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const key = r.key(ctx, req.key);
        const fields = nonEmpty(req.fields, "fields");
        // Field names are stored data too, so they count towards the size limit with the values.
        const args = r.values(
          fields.flatMap((f) => [f.field, f.value]),
          "fields and values",
        );
        // HSET answers the number of fields that did not exist before, which is what fields_set reports.
        return { success: true, fields_set: await r.client.hset(key, ...args) };
      },
    }),
    HGet: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const value = await r.client.hget(r.key(ctx, req.key), r.value(req.field, "field"));
        return value === null ? { found: false, value: "" } : { found: true, value };
      },
    }),
    HGetAll: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const flat = await r.boundedRead<string[]>(BOUNDED_READS.HASH, [r.key(ctx, req.key)], ["HGETALL"]);
        const fields: { field: string; value: string }[] = [];
        for (let i = 0; i + 1 < flat.length; i += 2) fields.push({ field: flat[i], value: flat[i + 1] });
        return { fields };
      },
    }),
    HDelete: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const fields = r.values(nonEmpty(req.fields, "fields"), "fields");
        return { success: true, deleted_count: await r.client.hdel(r.key(ctx, req.key), ...fields) };
      },
    }),
    HExists: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({
        exists: (await r.client.hexists(r.key(ctx, req.key), r.value(req.field, "field"))) === 1,
      }),
    }),
    HKeys: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({
        fields: await r.boundedRead<string[]>(BOUNDED_READS.HASH, [r.key(ctx, req.key)], ["HKEYS"]),
      }),
    }),
    HValues: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({
        values: await r.boundedRead<string[]>(BOUNDED_READS.HASH, [r.key(ctx, req.key)], ["HVALS"]),
      }),
    }),
    HIncrement: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const key = r.key(ctx, req.key);
        const field = r.value(req.field, "field");
        // Like Increment: proto3 cannot tell an unset delta from 0, and an unset delta means 1.
        const delta = req.delta === "0" ? "1" : int64(req.delta, "delta");
        // The new value is read back as Redis's own text in the same transaction: ioredis turns
        // integer replies into JavaScript numbers, which lose precision past 2^53.
        return { value: await lastReplyText(r.client.multi().hincrby(key, field, delta).hget(key, field)) };
      },
    }),
  } satisfies Partial<Ops>;
}
