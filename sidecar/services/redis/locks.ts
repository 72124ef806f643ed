/**
 * Distributed locks: one Redis key per lock under the caller's `!lock:` namespace, holding the
 * holder's random lock id. Release and renew compare the id inside Redis (a Lua script), so a
 * caller whose lock expired and was taken by another can never release or extend the new holder's.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { invalidArgument, SidecarError } from "../../errors";
import type { RedisServiceHandlers } from "../../generated/isa/redis/RedisService";
import type { CallContext, OperationsOf } from "../../operation";
import { unary } from "../../operation";
import { durationMs, type RedisOps, randomId, requiredDurationMs, timestamp } from "./context";

type Ops = OperationsOf<RedisServiceHandlers>;

const FIRST_RETRY_MS = 10;
/** Retries back off to this, so a waiter notices a release within ~100 ms without hammering Redis. */
const MAX_RETRY_MS = 100;

const RELEASE_IF_HOLDER = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const RENEW_IF_HOLDER = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

function lockKey(r: RedisOps, ctx: CallContext, name: string): string {
  return r.internalKey("lock", ctx, r.name(name, "lock_key"));
}

function lockId(id: string): string {
  if (id === "") throw invalidArgument("lock_id is empty");
  return id;
}

/** Waits `ms` unless the call ends first; false when it ended (cancel, deadline, shutdown). */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

export function lockOperations(r: RedisOps) {
  return {
    AcquireLock: unary({
      resource: (req) => req.lock_key,
      run: async (req, ctx) => {
        const key = lockKey(r, ctx, req.lock_key);
        const ttl = requiredDurationMs(req.ttl, "ttl");
        const waitEnd = Date.now() + durationMs(req.wait_timeout, "wait_timeout");
        // A deadline before the wait's end ends the wait: the caller then learns that, not "taken".
        const endsAtDeadline = ctx.deadline <= waitEnd;
        const waitUntil = Math.min(waitEnd, ctx.deadline);
        const id = randomId();
        for (let retry = FIRST_RETRY_MS; ; retry = Math.min(retry * 2, MAX_RETRY_MS)) {
          // Taken before sending, so the reported expiry is never later than Redis's own.
          const sentAt = Date.now();
          if ((await r.client.set(key, id, "PX", ttl, "NX")) === "OK") {
            return { acquired: true, lock_id: id, expires_at: timestamp(sentAt + ttl) };
          }
          const left = waitUntil - Date.now();
          if (left <= 0 || !(await pause(Math.min(retry, left), ctx.signal))) {
            if (endsAtDeadline)
              throw new SidecarError("deadline_exceeded", "the call's deadline passed waiting for the lock");
            return { acquired: false, lock_id: "", expires_at: null };
          }
        }
      },
    }),
    ReleaseLock: unary({
      resource: (req) => req.lock_key,
      run: async (req, ctx) => {
        const key = lockKey(r, ctx, req.lock_key);
        const released = await r.client.eval(RELEASE_IF_HOLDER, 1, key, lockId(req.lock_id));
        return { released: Number(released) === 1 };
      },
    }),
    RenewLock: unary({
      resource: (req) => req.lock_key,
      run: async (req, ctx) => {
        const key = lockKey(r, ctx, req.lock_key);
        const ttl = requiredDurationMs(req.ttl, "ttl");
        const sentAt = Date.now();
        const renewed = Number(await r.client.eval(RENEW_IF_HOLDER, 1, key, lockId(req.lock_id), ttl)) === 1;
        return { renewed, expires_at: renewed ? timestamp(sentAt + ttl) : null };
      },
    }),
  } satisfies Partial<Ops>;
}
