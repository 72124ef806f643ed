import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { BOUNDED_READS, nonEmpty, type RedisOps } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

export function setOperations(r: RedisOps) {
  const members = (list: string[]) => r.values(nonEmpty(list, "members"), "members");
  return {
    SAdd: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ added_count: await r.client.sadd(r.key(ctx, req.key), ...members(req.members)) }),
    }),
    SRemove: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ removed_count: await r.client.srem(r.key(ctx, req.key), ...members(req.members)) }),
    }),
    SMembers: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({
        members: await r.boundedRead<string[]>(BOUNDED_READS.SETS, [r.key(ctx, req.key)], ["SMEMBERS"]),
      }),
    }),
    SIsMember: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({
        is_member: (await r.client.sismember(r.key(ctx, req.key), r.value(req.member, "member"))) === 1,
      }),
    }),
    SCard: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ count: await r.client.scard(r.key(ctx, req.key)) }),
    }),
    // Every key of a multi-key command is confined, so a union or difference never reads another tenant's set.
    SUnion: unary({
      resource: (req) => req.keys.join(","),
      run: async (req, ctx) => ({
        members: await r.boundedRead<string[]>(BOUNDED_READS.SETS, r.keys(ctx, req.keys), ["SUNION"]),
      }),
    }),
    SInter: unary({
      resource: (req) => req.keys.join(","),
      run: async (req, ctx) => ({
        members: await r.boundedRead<string[]>(BOUNDED_READS.SETS, r.keys(ctx, req.keys), ["SINTER"]),
      }),
    }),
    SDiff: unary({
      resource: (req) => req.keys.join(","),
      run: async (req, ctx) => ({
        members: await r.boundedRead<string[]>(BOUNDED_READS.SETS, r.keys(ctx, req.keys), ["SDIFF"]),
      }),
    }),
  } satisfies Partial<Ops>;
}
