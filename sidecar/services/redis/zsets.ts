import { SidecarError } from "../../errors";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { BOUNDED_READS, checkCount, nonEmpty, parseScore, type RedisOps, redisScore, scoredMembers } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

export function zsetOperations(r: RedisOps) {
  return {
    ZAdd: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const key = r.key(ctx, req.key);
        const members = nonEmpty(req.members, "members");
        r.values(
          members.map((m) => m.member),
          "members",
        );
        const args = members.flatMap((m) => [redisScore(m.score), m.member]);
        return { added_count: await r.client.zadd(key, ...args) };
      },
    }),
    ZRemove: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const members = r.values(nonEmpty(req.members, "members"), "members");
        return { removed_count: await r.client.zrem(r.key(ctx, req.key), ...members) };
      },
    }),
    ZRange: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const key = r.key(ctx, req.key);
        const withScores = req.with_scores ? "WITHSCORES" : "";
        const reply = await r.boundedRead<string[]>(BOUNDED_READS.ZRANGE, [key], [req.start, req.stop, withScores]);
        if (req.with_scores) return { members: scoredMembers(reply) };
        // Without scores, score stays at its default (0): the caller did not ask for it.
        return { members: reply.map((member) => ({ member })) };
      },
    }),
    ZRangeByScore: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const key = r.key(ctx, req.key);
        const min = redisScore(req.min_score, "min_score");
        const max = redisScore(req.max_score, "max_score");
        // count 0 means "no limit" (proto3 cannot tell unset from 0), so LIMIT is sent only for a
        // positive count; without it the members in range must fit in one answer.
        checkCount(req.count, r.limits.maxItems, "members (count)");
        const reply =
          req.count > 0
            ? await r.client.zrangebyscore(key, min, max, "WITHSCORES", "LIMIT", req.offset, req.count)
            : await r.boundedRead<string[]>(BOUNDED_READS.ZRANGEBYSCORE, [key], [min, max, 0]);
        return { members: scoredMembers(reply) };
      },
    }),
    ZRank: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const rank = await r.client.zrank(r.key(ctx, req.key), r.value(req.member, "member"));
        return rank === null ? { found: false, rank: 0 } : { found: true, rank };
      },
    }),
    ZScore: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const score = await r.client.zscore(r.key(ctx, req.key), r.value(req.member, "member"));
        return score === null ? { found: false, score: 0 } : { found: true, score: parseScore(score) };
      },
    }),
    ZCard: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => ({ count: await r.client.zcard(r.key(ctx, req.key)) }),
    }),
    ZIncrement: unary({
      resource: (req) => req.key,
      run: async (req, ctx) => {
        const key = r.key(ctx, req.key);
        const args = [redisScore(req.delta, "delta"), r.value(req.member, "member")] as const;
        try {
          return { score: parseScore(await r.client.zincrby(key, ...args)) };
        } catch (err) {
          // +inf plus -inf: the caller's arithmetic, not a fault of the sidecar.
          if (err instanceof Error && /NaN/.test(err.message)) {
            throw new SidecarError("failed_precondition", "the resulting score is not a number");
          }
          throw err;
        }
      },
    }),
  } satisfies Partial<Ops>;
}
