/**
 * ExecuteBatch: a list of simple commands run as one MULTI/EXEC transaction, so no other client
 * sees the batch half done. Every command is checked before anything is sent: an unknown operation
 * or a bad field is answered OK with `success: false`, `executed_count: 0` and every problem in
 * `errors`, and nothing runs (as the old service answered; the isA SDK reads that answer). Errors Redis
 * returns while executing (a WRONGTYPE, say) are reported per command; Redis does not roll back
 * the others, as MULTI/EXEC never does; `executed_count` counts the commands that succeeded.
 */
import { translateRedisError } from "../../backends/redis";
import { invalidArgument, SidecarError } from "../../errors";
import type { BatchCommand__Output } from "../../generated/isa/redis/BatchCommand";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { checkCount, durationMs, int64, nonEmpty, type RedisOps, requiredDurationMs } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

const MAX_COMMANDS = 1000;

/** Like strings.ts's Append, but failing as a command error, so it shows in the batch's `errors`. */
const BOUNDED_APPEND = `
if redis.call('STRLEN', KEYS[1]) + string.len(ARGV[1]) > tonumber(ARGV[2]) then
  return redis.error_reply('VALUETOOLARGE the value would grow past the size limit')
end
return redis.call('APPEND', KEYS[1], ARGV[1])`;

type Args = (string | number)[];
type Builder = (key: string, c: BatchCommand__Output, r: RedisOps) => Args;

/**
 * The operations a batch accepts (case-insensitive) and the Redis command each becomes. `value` is
 * the value (SET, APPEND), the delta (INCRBY, DECRBY) or the one member (LPUSH, RPUSH, SADD, SREM);
 * `expiration` is SET's optional PX and EXPIRE's required duration. Results of reads (GET, EXISTS)
 * are not returned: RedisBatchResponse has no field for them.
 */
const COMMANDS: Record<string, Builder> = {
  SET: (key, c, r) => {
    const ms = durationMs(c.expiration, "expiration");
    return ms > 0 ? ["SET", key, r.value(c.value), "PX", ms] : ["SET", key, r.value(c.value)];
  },
  GET: (key) => ["GET", key],
  DEL: (key) => ["DEL", key],
  DELETE: (key) => ["DEL", key],
  EXISTS: (key) => ["EXISTS", key],
  INCR: (key) => ["INCR", key],
  DECR: (key) => ["DECR", key],
  INCRBY: (key, c) => ["INCRBY", key, int64(c.value, "value")],
  DECRBY: (key, c) => ["DECRBY", key, int64(c.value, "value")],
  EXPIRE: (key, c) => ["PEXPIRE", key, requiredDurationMs(c.expiration, "expiration")],
  PERSIST: (key) => ["PERSIST", key],
  APPEND: (key, c, r) => ["EVAL", BOUNDED_APPEND, 1, key, r.value(c.value), r.limits.maxValueBytes],
  LPUSH: (key, c, r) => ["LPUSH", key, r.value(c.value)],
  RPUSH: (key, c, r) => ["RPUSH", key, r.value(c.value)],
  SADD: (key, c, r) => ["SADD", key, r.value(c.value)],
  SREM: (key, c) => ["SREM", key, c.value],
};

/**
 * Every command as Redis arguments, or every command's problem named by its index. A bad command
 * is the caller's data, not a broken call: the isA SDK reads `success` and `errors` from an OK
 * answer (an error status reads as "no answer"), so problems are returned, not thrown.
 */
function build(
  r: RedisOps,
  keyOf: (name: string) => string,
  commands: BatchCommand__Output[],
): { args: Args[]; errors: string[] } {
  checkCount(commands.length, MAX_COMMANDS, "commands");
  r.values(commands.map((c) => c.value));
  const args: Args[] = [];
  const errors: string[] = [];
  commands.forEach((c, i) => {
    try {
      const builder = COMMANDS[c.operation.toUpperCase()];
      if (!builder) throw invalidArgument(`unknown operation "${c.operation}"; known: ${known()}`);
      args.push(builder(keyOf(c.key), c, r));
    } catch (err) {
      if (!(err instanceof SidecarError) || err.kind !== "invalid_argument") throw err;
      errors.push(`${i}: ${err.message}`);
    }
  });
  return { args, errors };
}

const known = () => Object.keys(COMMANDS).join(", ");

/** A command's error as the caller may see it: mapped by meaning, never Redis's raw text. */
function describe(err: Error): string {
  if (err.message.startsWith("VALUETOOLARGE")) return "the value would grow past the size limit";
  return translateRedisError(err)?.message ?? "the command failed";
}

export function batchOperations(r: RedisOps) {
  return {
    ExecuteBatch: unary({
      resource: (req) => req.commands.map((c) => c.key).join(","),
      run: async (req, ctx) => {
        const batch = build(r, (name) => r.key(ctx, name), nonEmpty(req.commands, "commands"));
        // All or nothing: one bad command and none runs.
        if (batch.errors.length > 0) return { success: false, executed_count: 0, errors: batch.errors };
        const tx = r.client.multi();
        for (const [name, ...args] of batch.args) tx.call(String(name), ...args);
        const results = await tx.exec();
        if (!results) throw new SidecarError("internal", "the transaction was aborted");
        // 0-based, as the commands' positions in the request.
        const errors = results.flatMap(([err], i) => (err ? [`${i}: ${describe(err)}`] : []));
        return { success: errors.length === 0, executed_count: results.length - errors.length, errors };
      },
    }),
  } satisfies Partial<Ops>;
}
